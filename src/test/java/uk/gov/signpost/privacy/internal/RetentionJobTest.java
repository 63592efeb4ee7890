package uk.gov.signpost.privacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.platform.ExpiringPersonalData;
import uk.gov.signpost.privacy.AuditEvent;
import uk.gov.signpost.privacy.AuditLog;
import uk.gov.signpost.privacy.AuditRecord;
import uk.gov.signpost.privacy.RetentionProperties;

class RetentionJobTest {

    private static final Instant NOW = Instant.parse("2026-11-29T03:15:00Z");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final List<AuditEvent> audited = new ArrayList<>();
    private final AuditLog audit = new AuditLog() {
        @Override
        public AuditRecord append(AuditEvent event) {
            audited.add(event);
            return new AuditRecord(audited.size(), UUID.randomUUID(), NOW, event.type(), event.subject(),
                    event.actor(), event.details());
        }

        @Override
        public List<AuditRecord> about(UUID subject) {
            return List.of();
        }
    };

    @Test
    void each_area_is_cut_off_at_its_own_period_and_the_run_is_audited_with_the_counts() {
        Store conversations = new Store("conversations", 3);
        Store facts = new Store("facts", 2);
        RetentionJob job = new RetentionJob(List.of(conversations, facts),
                new RetentionProperties(Duration.ofDays(30), Duration.ofDays(180), "-"), audit, clock);

        Map<String, Integer> deleted = job.run();

        assertThat(conversations.cutoff).isEqualTo(Instant.parse("2026-10-30T03:15:00Z"));
        assertThat(facts.cutoff).isEqualTo(Instant.parse("2026-06-02T03:15:00Z"));
        assertThat(deleted).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of("conversations", 3, "facts", 2)));
        assertThat(audited).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("retention_run");
            assertThat(event.actor()).isEqualTo("system");
            assertThat(event.subject()).isNull();
            assertThat(event.details()).containsEntry("conversations", "3").containsEntry("facts", "2");
        });
    }

    @Test
    void an_area_without_a_period_is_left_alone() {
        Store unknown = new Store("something_new", 5);
        RetentionJob job = new RetentionJob(List.of(unknown),
                new RetentionProperties(Duration.ofDays(30), Duration.ofDays(180), "-"), audit, clock);

        Map<String, Integer> deleted = job.run();

        assertThat(unknown.cutoff).isNull();
        assertThat(deleted).isEmpty();
        assertThat(audited).singleElement().satisfies(event -> assertThat(event.details()).isEmpty());
    }

    private static final class Store implements ExpiringPersonalData {
        private final String area;
        private final int expired;
        Instant cutoff;

        Store(String area, int expired) {
            this.area = area;
            this.expired = expired;
        }

        @Override
        public String area() {
            return area;
        }

        @Override
        public int deleteOlderThan(Instant cutoff) {
            this.cutoff = cutoff;
            return expired;
        }
    }
}
