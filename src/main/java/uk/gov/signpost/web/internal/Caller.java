package uk.gov.signpost.web.internal;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.identity.CitizenAccounts;
import uk.gov.signpost.identity.CitizenSessions;
import uk.gov.signpost.identity.NewSession;
import uk.gov.signpost.identity.SessionProperties;
import uk.gov.signpost.platform.RateLimiter;
import uk.gov.signpost.web.RateLimitProperties;

/**
 * Finds out who is calling: a bearer token (API), a signed-in citizen (One Login, through Spring Security's
 * session), or the signed anonymous session cookie (pages), in that order; and starts an anonymous session when
 * asked to and there is none.
 */
@Component
class Caller {

    private final CitizenSessions sessions;
    private final CitizenAccounts accounts;
    private final SessionProperties sessionProperties;
    private final RateLimiter rateLimiter;
    private final RateLimitProperties limits;

    Caller(CitizenSessions sessions, CitizenAccounts accounts, SessionProperties sessionProperties,
            RateLimiter rateLimiter, RateLimitProperties limits) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.sessionProperties = sessionProperties;
        this.rateLimiter = rateLimiter;
        this.limits = limits;
    }

    /** The owner behind this request's credentials, if it has good ones. */
    Optional<OwnerId> owner(HttpServletRequest request) {
        Optional<String> bearer = bearerToken(request);
        if (bearer.isPresent()) {
            return sessions.authenticate(bearer.get());
        }
        Optional<OwnerId> signedIn = accounts.current();
        return signedIn.isPresent() ? signedIn : anonymousOwner(request);
    }

    /** The owner behind the anonymous session cookie alone, ignoring any sign-in. */
    Optional<OwnerId> anonymousOwner(HttpServletRequest request) {
        return cookie(request).flatMap(sessions::authenticateCookie);
    }

    /** The owner behind this request, or {@link NotSignedInException}. */
    OwnerId requireOwner(HttpServletRequest request) {
        return owner(request).orElseThrow(NotSignedInException::new);
    }

    /**
     * The caller's session, starting a new one (and setting its cookie) when the request carries none. The
     * token is returned only for a new session or one presented by the caller.
     */
    Session ensureSession(HttpServletRequest request, HttpServletResponse response) {
        Optional<String> bearer = bearerToken(request);
        if (bearer.isPresent()) {
            return new Session(sessions.authenticate(bearer.get()).orElseThrow(NotSignedInException::new),
                    bearer.get());
        }
        Optional<OwnerId> signedIn = accounts.current();
        if (signedIn.isPresent()) {
            return new Session(signedIn.get(), null);
        }
        Optional<String> cookie = cookie(request);
        if (cookie.isPresent()) {
            Optional<OwnerId> owner = sessions.authenticateCookie(cookie.get());
            Optional<String> token = sessions.tokenFromCookie(cookie.get());
            if (owner.isPresent() && token.isPresent()) {
                return new Session(owner.get(), token.get());
            }
        }
        rateLimiter.acquire("session:" + request.getRemoteAddr(),
                limits.sessionsPerMinutePerAddress(), Duration.ofMinutes(1));
        NewSession created = sessions.create();
        ResponseCookie setCookie = ResponseCookie.from(CitizenSessions.COOKIE_NAME, sessions.cookieValue(created.token()))
                .httpOnly(true)
                .secure(sessionProperties.cookieSecure())
                .sameSite("Lax")
                .path("/")
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, setCookie.toString());
        return new Session(created.owner(), created.token());
    }

    /** Tells the browser to forget the session cookie, once the session itself has been deleted. */
    void endSession(HttpServletResponse response) {
        ResponseCookie expired = ResponseCookie.from(CitizenSessions.COOKIE_NAME, "")
                .httpOnly(true)
                .secure(sessionProperties.cookieSecure())
                .sameSite("Lax")
                .path("/")
                .maxAge(0)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, expired.toString());
    }

    /** Counts one message against the owner's limit. */
    void countMessage(OwnerId owner) {
        rateLimiter.acquire("messages:" + owner, limits.messagesPerMinute(), Duration.ofMinutes(1));
    }

    private static Optional<String> bearerToken(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(header.substring(7).trim());
        }
        return Optional.empty();
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (CitizenSessions.COOKIE_NAME.equals(cookie.getName())) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /** A session; the token is null for a signed-in citizen, whose session is their sign-in. */
    record Session(OwnerId owner, @Nullable String token) {
        @Override
        public String toString() {
            return "Session[owner=" + owner + "]";
        }
    }
}
