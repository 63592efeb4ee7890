package uk.gov.signpost.memory;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Memory and resume settings.
 *
 * @param factLifetime how long a fact is kept after the person last gave or corrected it; zero keeps it until
 *     they delete it
 * @param resumeCodeLifetime how long a resume code works
 * @param resumeAttemptsPerHour how many resume codes one address may try in an hour, so codes cannot be guessed
 */
@ConfigurationProperties("signpost.memory")
public record MemoryProperties(Duration factLifetime, Duration resumeCodeLifetime, int resumeAttemptsPerHour) {

    public MemoryProperties {
        factLifetime = factLifetime == null ? Duration.ofDays(365) : factLifetime;
        resumeCodeLifetime = resumeCodeLifetime == null ? Duration.ofDays(7) : resumeCodeLifetime;
        if (factLifetime.isNegative() || resumeCodeLifetime.isNegative() || resumeCodeLifetime.isZero()) {
            throw new IllegalArgumentException("Memory lifetimes must be positive (a fact lifetime may be zero)");
        }
        if (resumeAttemptsPerHour <= 0) {
            resumeAttemptsPerHour = 10;
        }
    }
}
