package uk.gov.signpost.handoff.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.conversation.Message;
import uk.gov.signpost.handoff.Handoff;
import uk.gov.signpost.memory.RememberedFact;

/** The JSON shapes of the staff handoff API. Field names are snake_case. */
final class StaffJson {

    private StaffJson() {}

    record QueueEntry(UUID id, @JsonProperty("conversation_id") UUID conversationId, String reason, String urgency,
            String status, @JsonProperty("opened_by") String openedBy, @JsonProperty("waiting_since") Instant waitingSince,
            @Nullable String adviser, @JsonProperty("transcript_shared") boolean transcriptShared) {
        static QueueEntry of(Handoff h) {
            return new QueueEntry(h.id(), h.conversationId().value(), h.reason(), h.urgency().dbValue(),
                    h.status().dbValue(), h.openedBy(), h.createdAt(), h.adviserName(), h.transcriptConsent());
        }
    }

    record Queue(List<QueueEntry> handoffs) {}

    record CaseMessage(UUID id, String from, @Nullable String adviser, String text,
            @JsonProperty("created_at") Instant createdAt) {
        static CaseMessage of(Message m) {
            return new CaseMessage(m.id(), m.role().dbValue(), m.author(), m.text(), m.createdAt());
        }
    }

    record Fact(String category, String value, String sensitivity) {
        static Fact of(RememberedFact f) {
            return new Fact(f.category(), f.value(), f.sensitivity().code());
        }
    }

    record Case(QueueEntry handoff, @JsonProperty("waiting_minutes") long waitingMinutes,
            @JsonProperty("last_topic") String lastTopic, @JsonProperty("active_flow") @Nullable String activeFlow,
            Map<String, Object> slots, @JsonProperty("stated_facts") Map<String, Object> statedFacts,
            @JsonProperty("remembered_facts") List<Fact> rememberedFacts,
            List<CaseMessage> transcript, @JsonProperty("since_taken") List<CaseMessage> sinceTaken) {
        static Case of(CaseFiles.CaseFile file) {
            return new Case(QueueEntry.of(file.handoff()), file.waitingMinutes(), file.lastTopic(),
                    file.dialogue().activeFlow(), file.dialogue().slots(), file.dialogue().facts(),
                    file.facts().stream().map(Fact::of).toList(),
                    file.earlier().stream().map(CaseMessage::of).toList(),
                    file.sinceTaken().stream().map(CaseMessage::of).toList());
        }
    }

    record Reply(@Nullable String text) {}

    record Close(@Nullable String outcome) {}
}
