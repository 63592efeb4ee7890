package uk.gov.signpost.handoff.internal;

import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.gov.signpost.agent.ConversationFacts;
import uk.gov.signpost.agent.DialogueSummary;
import uk.gov.signpost.conversation.Conversations;
import uk.gov.signpost.conversation.Message;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.handoff.Handoff;
import uk.gov.signpost.handoff.HandoffNotFoundException;
import uk.gov.signpost.identity.StaffMember;
import uk.gov.signpost.memory.Memory;
import uk.gov.signpost.memory.RememberedFact;
import uk.gov.signpost.memory.Sensitivity;
import uk.gov.signpost.privacy.AuditEvent;
import uk.gov.signpost.privacy.AuditLog;

/**
 * What a caseworker sees when they open a case, and the audit entry that says they saw it:
 * <ul>
 *   <li>always: the reason, urgency and wait; the last topic; the flow in progress and its answers; the facts
 *       the person has stated in this conversation; and the messages written since an adviser took the case
 *       (the person is told those go to the adviser);</li>
 *   <li>the facts Signpost remembers about the person (memory on, not a private conversation), with
 *       special-category facts only if the person agreed to share the conversation;</li>
 *   <li>the conversation before that only if the person agreed to share it when they asked.</li>
 * </ul>
 */
@Component
class CaseFiles {

    private final HandoffStore store;
    private final Conversations conversations;
    private final ConversationFacts dialogue;
    private final Memory memory;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    CaseFiles(HandoffStore store, Conversations conversations, ConversationFacts dialogue, Memory memory,
            AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.conversations = conversations;
        this.dialogue = dialogue;
        this.memory = memory;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One case as the caseworker sees it. */
    record CaseFile(Handoff handoff, long waitingMinutes, String lastTopic, DialogueSummary dialogue,
            List<RememberedFact> facts, List<Message> earlier, List<Message> sinceTaken) {}

    CaseFile open(UUID id, StaffMember viewer) {
        Handoff handoff = store.find(id).orElseThrow(HandoffNotFoundException::new);
        OwnerId owner = conversations.ownerOf(handoff.conversationId()).orElseThrow(HandoffNotFoundException::new);
        List<Message> all = conversations.historyForService(handoff.conversationId());
        Instant taken = handoff.takenAt();
        List<Message> since = taken == null ? List.of()
                : all.stream().filter(m -> !m.createdAt().isBefore(taken)).toList();
        List<Message> earlier = !handoff.transcriptConsent() ? List.of()
                : all.stream().filter(m -> taken == null || m.createdAt().isBefore(taken)).toList();
        audit.append(new AuditEvent("staff_viewed_conversation", owner.value(), StaffGate.actor(viewer),
                Map.of("handoff", id.toString(), "conversation", handoff.conversationId().value().toString(),
                        "transcript", handoff.transcriptConsent() ? "shared" : "not_shared")));
        return new CaseFile(handoff, Duration.between(handoff.createdAt(), clock.instant()).toMinutes(),
                lastTopic(handoff), dialogue.summary(handoff.conversationId()), facts(handoff, owner), earlier, since);
    }

    String lastTopic(Handoff handoff) {
        @Nullable String topic = jdbc.sql("select last_topic from handoff_conversation_watch where conversation_id = ?")
                .param(handoff.conversationId().value()).query(String.class).optional().orElse(null);
        return topic == null ? "other" : topic;
    }

    private List<RememberedFact> facts(Handoff handoff, OwnerId owner) {
        if (memory.isPrivate(handoff.conversationId())) {
            return List.of();
        }
        var overview = memory.overview(owner);
        if (!overview.enabled()) {
            return List.of();
        }
        return overview.facts().stream()
                .filter(f -> f.sensitivity() == Sensitivity.NORMAL || handoff.transcriptConsent())
                .toList();
    }
}
