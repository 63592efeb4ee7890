package uk.gov.signpost.handoff.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.signpost.conversation.Conversations;
import uk.gov.signpost.conversation.Message;
import uk.gov.signpost.conversation.MessageText;
import uk.gov.signpost.handoff.Handoff;
import uk.gov.signpost.handoff.HandoffNotFoundException;
import uk.gov.signpost.handoff.HandoffStatus;
import uk.gov.signpost.identity.StaffMember;
import uk.gov.signpost.platform.InvalidFieldException;
import uk.gov.signpost.platform.LiveNotifications;
import uk.gov.signpost.privacy.AuditEvent;
import uk.gov.signpost.privacy.AuditLog;

/**
 * What a caseworker does with a case, each as a short script: check the move is allowed, make it in one
 * conditional update, audit it, and tell the queue and the person's page on every instance.
 */
@Component
class Casework {

    private static final Logger log = LoggerFactory.getLogger(Casework.class);
    static final Set<String> OUTCOMES = Set.of("resolved", "referred", "callback_arranged", "no_response", "other");

    private final HandoffStore store;
    private final Conversations conversations;
    private final LiveNotifications live;
    private final AuditLog audit;
    private final Clock clock;

    Casework(HandoffStore store, Conversations conversations, LiveNotifications live, AuditLog audit, Clock clock) {
        this.store = store;
        this.conversations = conversations;
        this.live = live;
        this.audit = audit;
        this.clock = clock;
    }

    /** The caseworker takes the case: from now on the person's messages go to them, not to the assistant. */
    @Transactional
    Handoff take(UUID id, StaffMember adviser) {
        Handoff handoff = load(id);
        if (!store.move(id, HandoffStatus.WAITING, HandoffStatus.WITH_ADVISER, adviser.subject(),
                adviserName(adviser), null, clock.instant())) {
            throw new HandoffMoveException();
        }
        changed(handoff, adviser, "handoff_taken", Map.of());
        return load(id);
    }

    /** A reply into the conversation, shown to the person as from the named adviser. */
    @Transactional
    Message reply(UUID id, StaffMember adviser, String text) {
        Handoff handoff = heldBy(id, adviser);
        String checked = new MessageText(text).value();
        Message reply = conversations.addAdviserReply(handoff.conversationId(), checked,
                handoff.adviserName() == null ? adviserName(adviser) : handoff.adviserName());
        audit.append(new AuditEvent("handoff_replied", owner(handoff), StaffGate.actor(adviser),
                Map.of("handoff", id.toString(), "message", reply.id().toString())));
        live.publish(LiveTopics.conversation(handoff.conversationId()), "message");
        log.info("event=handoff_replied handoff={} conversation={} message={}", id, handoff.conversationId(),
                reply.id());
        return reply;
    }

    /** The adviser gives the conversation back to the assistant, which answers the person's next message. */
    @Transactional
    Handoff handBack(UUID id, StaffMember adviser) {
        Handoff handoff = heldBy(id, adviser);
        if (!store.move(id, HandoffStatus.WITH_ADVISER, HandoffStatus.HANDED_BACK, null, null, null,
                clock.instant())) {
            throw new HandoffMoveException();
        }
        changed(handoff, adviser, "handoff_handed_back", Map.of());
        return load(id);
    }

    /** Ends the handoff with an outcome, from the queue or from the adviser who holds it. */
    @Transactional
    Handoff close(UUID id, StaffMember adviser, String outcome) {
        if (!OUTCOMES.contains(outcome)) {
            throw new InvalidFieldException("outcome_unknown", "outcome", "Choose an outcome");
        }
        Handoff handoff = load(id);
        if (handoff.status() == HandoffStatus.WITH_ADVISER) {
            heldBy(id, adviser);
        }
        if (!store.move(id, handoff.status(), HandoffStatus.CLOSED, null, null, outcome, clock.instant())) {
            throw new HandoffMoveException();
        }
        changed(handoff, adviser, "handoff_closed", Map.of("outcome", outcome));
        return load(id);
    }

    private void changed(Handoff handoff, StaffMember adviser, String type, Map<String, String> more) {
        Map<String, String> details = new java.util.HashMap<>(more);
        details.put("handoff", handoff.id().toString());
        details.put("conversation", handoff.conversationId().value().toString());
        audit.append(new AuditEvent(type, owner(handoff), StaffGate.actor(adviser), details));
        live.publish(LiveTopics.QUEUE, handoff.id().toString());
        live.publish(LiveTopics.conversation(handoff.conversationId()), "status");
        log.info("event={} handoff={} conversation={}", type, handoff.id(), handoff.conversationId());
    }

    private Handoff heldBy(UUID id, StaffMember adviser) {
        Handoff handoff = load(id);
        if (handoff.status() != HandoffStatus.WITH_ADVISER || !adviser.subject().equals(handoff.adviserSubject())) {
            throw new HandoffMoveException();
        }
        return handoff;
    }

    private Handoff load(UUID id) {
        return store.find(id).orElseThrow(HandoffNotFoundException::new);
    }

    private @org.jspecify.annotations.Nullable UUID owner(Handoff handoff) {
        return conversations.ownerOf(handoff.conversationId()).map(o -> o.value()).orElse(null);
    }

    /** The name the person sees: the first word of the staff member's display name, such as "Sam". */
    static String adviserName(StaffMember adviser) {
        String name = adviser.displayName().strip();
        int space = name.indexOf(' ');
        String first = space > 0 ? name.substring(0, space) : name;
        first = first.replaceAll("[()]", "");
        return first.isBlank() ? "Adviser" : first;
    }
}
