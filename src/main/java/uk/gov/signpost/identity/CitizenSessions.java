package uk.gov.signpost.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.identity.internal.SigningKey;

/**
 * Anonymous sessions. A session is a random 256-bit token. The API presents it as a bearer token; pages carry
 * it in a cookie with an HMAC signature, so a tampered cookie is refused before the database is asked.
 */
@Service
public class CitizenSessions {

    public static final String COOKIE_NAME = "signpost_session";

    private final JdbcClient jdbc;
    private final SigningKey signingKey;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    CitizenSessions(JdbcClient jdbc, SigningKey signingKey, Clock clock) {
        this.jdbc = jdbc;
        this.signingKey = signingKey;
        this.clock = clock;
    }

    public NewSession create() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("insert into citizen_session (id, token_hash, created_at, last_seen_at) values (?, ?, ?, ?)")
                .params(id, hash(token), now, now)
                .update();
        return new NewSession(new OwnerId(id), token);
    }

    /** The owner behind a bearer token, if the token is one we issued. */
    public Optional<OwnerId> authenticate(String token) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select id from citizen_session where token_hash = ?")
                .param(hash(token))
                .query(UUID.class)
                .optional()
                .map(OwnerId::new);
    }

    /** The cookie value for a token: the token and its signature. */
    public String cookieValue(String token) {
        return token + "." + sign(token);
    }

    /** The owner behind a cookie value, if the signature is good and the token is one we issued. */
    public Optional<OwnerId> authenticateCookie(String cookieValue) {
        int dot = cookieValue.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String token = cookieValue.substring(0, dot);
        byte[] expected = sign(token).getBytes(StandardCharsets.US_ASCII);
        byte[] given = cookieValue.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Optional.empty();
        }
        return authenticate(token);
    }

    /** The token inside a well-signed cookie, so that a page session can be handed to the API. */
    public Optional<String> tokenFromCookie(String cookieValue) {
        int dot = cookieValue.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String token = cookieValue.substring(0, dot);
        return cookieValue.substring(dot + 1).equals(sign(token)) ? Optional.of(token) : Optional.empty();
    }

    private String sign(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey.bytes(), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
