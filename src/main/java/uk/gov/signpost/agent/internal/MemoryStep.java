package uk.gov.signpost.agent.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.gov.signpost.agent.ToolContext;
import uk.gov.signpost.agent.TurnMemory;
import uk.gov.signpost.conversation.Message;

/**
 * The memory side of a turn, kept out of the loop itself. At the start, remembered facts are laid over the
 * conversation's facts (so a flow never asks for something already known and allowed); a message about memory
 * is answered here without the model; at the end, what the person stated is kept (with notice), and the facts
 * that came only from memory are taken out again before the dialogue state is saved, so the conversation
 * holds no copy of them.
 */
@Component
class MemoryStep {

    private final List<TurnMemory> memories;

    MemoryStep(List<TurnMemory> memories) {
        if (memories.size() > 1) {
            throw new IllegalStateException("More than one TurnMemory: " + memories);
        }
        this.memories = List.copyOf(memories);
    }

    Opened open(ToolContext context, Message message, DialogueState stored) {
        return open(context, message, stored, true);
    }

    /**
     * Opens the turn's memory. With {@code allowed} false (the person's pilot cohort has memory switched off) the
     * turn neither reads nor writes memory, as in a private conversation.
     */
    Opened open(ToolContext context, Message message, DialogueState stored, boolean allowed) {
        if (memories.isEmpty() || !allowed) {
            return new Opened(null, stored, Map.of(), Map.of());
        }
        TurnMemory.Session session = memories.get(0).open(context, message.id());
        Map<String, Object> remembered = session.facts();
        Map<String, Object> facts = new LinkedHashMap<>(stored.facts());
        facts.putAll(remembered);
        DialogueState overlaid = new DialogueState(stored.activeFlow(), stored.slots(), facts, stored.requestedSlot(),
                stored.pendingConfirmation());
        return new Opened(session, overlaid, remembered, stored.facts());
    }

    /** Memory for one turn. */
    static final class Opened {
        private final TurnMemory.@Nullable Session session;
        private final DialogueState state;
        private final Map<String, Object> remembered;
        private final Map<String, Object> conversationFacts;

        private Opened(TurnMemory.@Nullable Session session, DialogueState state, Map<String, Object> remembered,
                Map<String, Object> conversationFacts) {
            this.session = session;
            this.state = state;
            this.remembered = remembered;
            this.conversationFacts = conversationFacts;
        }

        /** The state the turn starts from: the conversation's, with remembered facts laid over it. */
        DialogueState state() {
            return state;
        }

        /** The reply to a message about memory, and the state without anything forgotten. */
        Optional<Handled> handle(String text, DialogueState current) {
            if (session == null) {
                return Optional.empty();
            }
            return session.answer(text, current.facts())
                    .map(answer -> new Handled(DialogueFacts.without(current, answer.forget()), answer.say()));
        }

        /** Keeps what was stated, and returns the state to save and what to say around the reply. */
        Closed close(Map<String, Object> before, DialogueState after) {
            if (session == null) {
                return new Closed(after, TurnMemory.Kept.NOTHING);
            }
            boolean busy = after.activeFlow() != null || after.pendingConfirmation() != null;
            TurnMemory.Kept kept = session.keep(before, after.facts(), busy);
            Map<String, Object> own = new LinkedHashMap<>(after.facts());
            remembered.forEach((name, value) -> {
                if (Objects.equals(own.get(name), value) && !Objects.equals(conversationFacts.get(name), value)) {
                    own.remove(name);
                }
            });
            return new Closed(new DialogueState(after.activeFlow(), after.slots(), own, after.requestedSlot(),
                    after.pendingConfirmation()), kept);
        }
    }

    record Handled(DialogueState state, String say) {}

    /** The state to save, and what to say about memory. */
    record Closed(DialogueState state, TurnMemory.Kept kept) {

        String around(String reply) {
            StringBuilder text = new StringBuilder();
            if (!kept.notice().isBlank()) {
                text.append(kept.notice()).append("\n\n");
            }
            text.append(reply);
            if (!kept.question().isBlank()) {
                text.append("\n\n").append(kept.question());
            }
            return text.toString();
        }
    }
}
