package uk.gov.signpost.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void ids_codes_and_counts_are_accepted() {
        AuditEvent event = new AuditEvent("data_erased", UUID.randomUUID(), "staff:ab-12",
                Map.of("conversations", "3", "conversation", UUID.randomUUID().toString(), "at", "2026-11-29T03:15:00Z"));

        assertThat(event.sortedDetails().keySet()).containsExactly("at", "conversation", "conversations");
    }

    @Test
    void free_text_is_refused_so_nothing_a_person_wrote_can_outlive_erasure() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditEvent("consent_given", null, "person",
                Map.of("reason", "my back pain")));
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditEvent("consent_given", null, "person",
                Map.of("postcode", "LS1 4AP")));
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditEvent("Priya Sharma", null, "person",
                Map.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new AuditEvent("consent_given", null,
                "person called Priya", Map.of()));
    }
}
