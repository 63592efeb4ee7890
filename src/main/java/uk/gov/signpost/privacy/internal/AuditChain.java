package uk.gov.signpost.privacy.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How an audit row's hash is made: SHA-256 over the previous row's hash and this row's content, each field
 * written in a fixed order and separated so that no two different rows give the same input. The first row's
 * previous hash is 32 zero bytes.
 */
final class AuditChain {

    static final byte[] GENESIS = new byte[32];

    private AuditChain() {}

    static byte[] hash(byte[] previous, long seq, UUID id, Instant at, String type, @Nullable UUID subject,
            String actor, String details) {
        String content = String.join("\u001f", Long.toString(seq), id.toString(), at.toString(), type,
                subject == null ? "" : subject.toString(), actor, details);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(previous);
            digest.update(content.getBytes(StandardCharsets.UTF_8));
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
