package uk.gov.signpost.handoff.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.Conversations;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.handoff.Handoff;
import uk.gov.signpost.handoff.Urgency;
import uk.gov.signpost.platform.LiveNotifications;
import uk.gov.signpost.privacy.AuditEvent;
import uk.gov.signpost.privacy.AuditLog;

/**
 * Opens a handoff: store it (or join the one already open), record the person's consent to share the
 * conversation if they gave it, and tell every instance's queue and the person's page.
 */
@Component
class OpenHandoffs {

    private static final Logger log = LoggerFactory.getLogger(OpenHandoffs.class);

    private final HandoffStore store;
    private final Conversations conversations;
    private final LiveNotifications live;
    private final AuditLog audit;
    private final Clock clock;

    OpenHandoffs(HandoffStore store, Conversations conversations, LiveNotifications live, AuditLog audit,
            Clock clock) {
        this.store = store;
        this.conversations = conversations;
        this.live = live;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param consent whether the person agreed, when asking, that the adviser may read the conversation so far
     */
    @Transactional
    Handoff open(ConversationId conversation, String reason, String openedBy, boolean consent) {
        return open(conversation, reason, openedBy, consent, null);
    }

    /** @param owner the conversation's owner when the caller knows it (the person asking), else looked up */
    @Transactional
    Handoff open(ConversationId conversation, String reason, String openedBy, boolean consent,
            @Nullable OwnerId owner) {
        HandoffStore.Opened opened = store.open(conversation, reason, Urgency.forReason(reason), openedBy, consent,
                clock.instant());
        Handoff handoff = opened.handoff();
        if (opened.consentAdded()) {
            Optional.ofNullable(owner).or(() -> conversations.ownerOf(conversation)).ifPresent(person -> audit.append(
                    new AuditEvent("consent_given",
                    person.value(), "person", Map.of("consent", "handoff_transcript", "conversation",
                    conversation.value().toString(), "handoff", handoff.id().toString()))));
        }
        live.publish(LiveTopics.QUEUE, handoff.id().toString());
        live.publish(LiveTopics.conversation(conversation), "status");
        log.info("event=handoff_opened handoff={} conversation={} reason={} urgency={} opened_by={} new={}",
                handoff.id(), conversation, reason, handoff.urgency().dbValue(), openedBy, opened.created());
        return handoff;
    }
}
