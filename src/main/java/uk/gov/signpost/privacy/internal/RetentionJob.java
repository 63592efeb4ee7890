package uk.gov.signpost.privacy.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.signpost.platform.ExpiringPersonalData;
import uk.gov.signpost.privacy.AuditEvent;
import uk.gov.signpost.privacy.AuditLog;
import uk.gov.signpost.privacy.RetentionProperties;

/**
 * Deletes personal data past its retention period, area by area, and reports what went: a log line with the
 * counts and an audit entry. An area with no configured period is left alone and reported, so nothing is kept
 * forever by accident without someone seeing it.
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final List<ExpiringPersonalData> stores;
    private final RetentionProperties properties;
    private final AuditLog audit;
    private final Clock clock;

    RetentionJob(List<ExpiringPersonalData> stores, RetentionProperties properties, AuditLog audit, Clock clock) {
        this.stores = stores;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${signpost.retention.cron:-}")
    void scheduled() {
        run();
    }

    /** Deletes what has expired now, and returns the count for each area. */
    @Transactional
    Map<String, Integer> run() {
        Instant now = clock.instant();
        Map<String, Integer> deleted = new TreeMap<>();
        for (ExpiringPersonalData store : stores) {
            Duration period = properties.periods().get(store.area());
            if (period == null) {
                log.warn("event=retention_area_without_period area={}", store.area());
                continue;
            }
            deleted.merge(store.area(), store.deleteOlderThan(now.minus(period)), Integer::sum);
        }
        Map<String, String> details = new TreeMap<>();
        deleted.forEach((area, count) -> details.put(area, Integer.toString(count)));
        audit.append(new AuditEvent("retention_run", null, "system", details));
        log.info("event=retention_run deleted={}", deleted);
        return deleted;
    }
}
