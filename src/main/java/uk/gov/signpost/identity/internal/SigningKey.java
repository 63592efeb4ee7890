package uk.gov.signpost.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.gov.signpost.identity.SessionProperties;

/**
 * The key that signs session cookies. From configuration when given; otherwise generated once and kept in the
 * database, so that every instance sharing the database signs alike and cookies survive restarts.
 */
@Component
public class SigningKey {

    private static final String SETTING = "session_signing_key";

    private final byte[] bytes;

    SigningKey(SessionProperties properties, JdbcClient jdbc) {
        String configured = properties.secret();
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < 32) {
                throw new IllegalStateException("SIGNPOST_SESSION_SECRET must be at least 32 characters");
            }
            this.bytes = configured.getBytes(StandardCharsets.UTF_8);
        } else {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            jdbc.sql("insert into app_setting (name, value) values (?, ?) on conflict (name) do nothing")
                    .params(SETTING, Base64.getEncoder().encodeToString(fresh))
                    .update();
            String stored = jdbc.sql("select value from app_setting where name = ?")
                    .param(SETTING)
                    .query(String.class)
                    .single();
            this.bytes = Base64.getDecoder().decode(stored);
        }
    }

    public byte[] bytes() {
        return bytes.clone();
    }
}
