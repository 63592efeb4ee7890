package uk.gov.signpost.pilot.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import uk.gov.signpost.pilot.Cohort;

/**
 * The percentage rollout. A person's bucket (0 to 99) comes from a SHA-256 hash of their id, so it never changes
 * and does not depend on which instance asks. Cohorts take consecutive runs of buckets in name order: with
 * {@code a} at 10% and {@code b} at 20%, buckets 0-9 are {@code a}, 10-29 are {@code b}, and 30-99 are in no
 * cohort.
 */
public final class RolloutBuckets {

    private RolloutBuckets() {}

    /** The person's bucket, from 0 to 99. */
    public static int bucket(UUID owner) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(("signpost-pilot-rollout:" + owner).getBytes(StandardCharsets.UTF_8));
            long value = ByteBuffer.wrap(hash, 0, 8).getLong() & Long.MAX_VALUE;
            return (int) (value % 100);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    /** The cohort the bucket falls in, if any. */
    public static Optional<Cohort> cohortFor(int bucket, List<Cohort> cohorts) {
        int upTo = 0;
        for (Cohort cohort : cohorts.stream().sorted((a, b) -> a.name().compareTo(b.name())).toList()) {
            upTo += cohort.rolloutPercent();
            if (bucket < upTo) {
                return Optional.of(cohort);
            }
        }
        return Optional.empty();
    }

    /** The SHA-256 of an invitation code, as stored (hex). Codes are compared without case or spaces. */
    public static String codeHash(String code) {
        try {
            String normalised = code.strip().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
