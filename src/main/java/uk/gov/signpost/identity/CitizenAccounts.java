package uk.gov.signpost.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.signpost.conversation.OwnerId;

/**
 * Signed-in citizens. Each identity-provider subject maps to one stable {@link OwnerId}, so the same person sees
 * the same conversations on every browser they sign in on, and only theirs. Only a hash of the issuer and subject
 * is kept.
 */
@Service
public class CitizenAccounts {

    /** The client registration id of citizen sign-in. */
    public static final String REGISTRATION = "citizen";

    private final JdbcClient jdbc;
    private final Clock clock;

    CitizenAccounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The owner for a provider's subject, made on their first sign-in. */
    @Transactional
    public OwnerId signedIn(String issuer, String subject) {
        byte[] hash = hash(issuer, subject);
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("insert into citizen_account (id, subject_hash, created_at, last_signed_in_at) values (?, ?, ?, ?)"
                        + " on conflict (subject_hash) do update set last_signed_in_at = excluded.last_signed_in_at")
                .params(UUID.randomUUID(), hash, now, now)
                .update();
        return find(hash).orElseThrow();
    }

    /** The signed-in citizen behind the current request, if there is one and their account still exists. */
    public Optional<OwnerId> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof OAuth2AuthenticationToken token
                && REGISTRATION.equals(token.getAuthorizedClientRegistrationId())
                && token.getPrincipal() instanceof OidcUser user) {
            return find(hash(issuer(user), user.getSubject()));
        }
        return Optional.empty();
    }

    private Optional<OwnerId> find(byte[] hash) {
        return jdbc.sql("select id from citizen_account where subject_hash = ?")
                .param(hash)
                .query(UUID.class)
                .optional()
                .map(OwnerId::new);
    }

    /** The issuer as the ID token gave it, or empty when it gave none. */
    public static String issuer(OidcUser user) {
        return user.getIssuer() == null ? "" : user.getIssuer().toString();
    }

    private static byte[] hash(String issuer, String subject) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest((issuer + "\n" + subject).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
