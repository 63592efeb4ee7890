package uk.gov.signpost.agent.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.signpost.conversation.Conversation;
import uk.gov.signpost.conversation.Conversations;
import uk.gov.signpost.conversation.OwnerId;

/** The door to the facts in dialogue states, for {@link uk.gov.signpost.agent.ConversationFacts}. */
@Component
public class DialogueFacts {

    private final Conversations conversations;
    private final DialogueStateStore states;
    private final Clock clock;

    DialogueFacts(Conversations conversations, DialogueStateStore states, Clock clock) {
        this.conversations = conversations;
        this.states = states;
        this.clock = clock;
    }

    @Transactional
    public void forget(OwnerId owner, Set<String> names) {
        for (Conversation conversation : conversations.ownedBy(owner)) {
            DialogueState state = states.load(conversation.id());
            DialogueState without = without(state, names);
            if (!without.equals(state)) {
                states.save(conversation.id(), without, clock.instant());
            }
        }
    }

    @Transactional(readOnly = true)
    public uk.gov.signpost.agent.DialogueSummary summary(uk.gov.signpost.conversation.ConversationId conversation) {
        DialogueState state = states.load(conversation);
        return new uk.gov.signpost.agent.DialogueSummary(state.activeFlow(), state.slots(), state.facts());
    }

    static DialogueState without(DialogueState state, Set<String> names) {
        Map<String, Object> facts = new LinkedHashMap<>(state.facts());
        Map<String, Object> slots = new LinkedHashMap<>(state.slots());
        facts.keySet().removeAll(names);
        slots.keySet().removeAll(names);
        return new DialogueState(state.activeFlow(), slots, facts, state.requestedSlot(), state.pendingConfirmation());
    }
}
