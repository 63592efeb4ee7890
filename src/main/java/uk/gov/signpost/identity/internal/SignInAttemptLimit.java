package uk.gov.signpost.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import uk.gov.signpost.platform.RateLimitExceededException;
import uk.gov.signpost.platform.RateLimiter;

/** At most ten password attempts a minute from one address on the local provider's login form, to slow guessing. */
final class SignInAttemptLimit extends OncePerRequestFilter {

    static final int PER_MINUTE = 10;

    private final RateLimiter rateLimiter;
    private final int perMinute;

    /** {@code perMinute}: password attempts allowed from one address a minute ({@code signpost.sign-in.attempts-per-minute}). */
    SignInAttemptLimit(RateLimiter rateLimiter, int perMinute) {
        this.rateLimiter = rateLimiter;
        this.perMinute = perMinute;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("POST".equals(request.getMethod()) && "/idp/login".equals(request.getServletPath())) {
            try {
                rateLimiter.acquire("idp-login:" + request.getRemoteAddr(), perMinute, Duration.ofMinutes(1));
            } catch (RateLimitExceededException e) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())));
                response.sendError(429);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
