package uk.gov.signpost.memory;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry in the edit history the person can see. It says what changed, where and when, never the value.
 *
 * @param action {@code saved}, {@code corrected}, {@code deleted}, {@code deleted_all}, {@code expired},
 *     {@code consent_given}, {@code consent_refused}, {@code memory_on}, {@code memory_off},
 *     {@code memory_off_deleted}, {@code resumed}
 * @param category the fact's category, if the change was about one
 */
public record MemoryChange(
        @Nullable UUID factId, @Nullable String category, String action, Channel channel, Instant at) {

    public MemoryChange {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(at, "at");
    }
}
