package uk.gov.signpost.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fixed-window counters kept in PostgreSQL, so that every instance counts against the same limit and no sticky
 * sessions are needed. One upsert per request.
 */
@Component
public class RateLimiter {

    private final JdbcClient jdbc;
    private final Clock clock;

    RateLimiter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Counts one request against {@code bucket}.
     *
     * @throws RateLimitExceededException when the bucket is already at its limit for this window
     */
    public void acquire(String bucket, int limit, Duration window) {
        Instant now = clock.instant();
        long windowMillis = window.toMillis();
        Instant start = Instant.ofEpochMilli(now.toEpochMilli() / windowMillis * windowMillis);
        int hits = jdbc.sql("insert into rate_limit_window (bucket, window_start, hits) values (?, ?, 1)"
                        + " on conflict (bucket, window_start) do update set hits = rate_limit_window.hits + 1"
                        + " returning hits")
                .params(bucket, Timestamp.from(start))
                .query(Integer.class)
                .single();
        if (hits > limit) {
            Duration left = Duration.between(now, start.plus(window));
            throw new RateLimitExceededException(left.isNegative() || left.isZero() ? Duration.ofSeconds(1) : left);
        }
    }

    /** Old windows are of no use; drop them every few minutes. */
    @Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT1M")
    void removeExpiredWindows() {
        jdbc.sql("delete from rate_limit_window where window_start < ?")
                .param(Timestamp.from(clock.instant().minus(Duration.ofHours(1))))
                .update();
    }
}
