package uk.gov.signpost.agent;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the person has let Signpost remember, for the turn loop. A module that keeps memory implements it; with
 * none, turns run with the conversation's own facts only.
 *
 * <p>The loop opens a {@link Session} at the start of each turn. The session reads the remembered facts that
 * are allowed for this conversation (none in a private conversation or with memory off), may answer a request
 * about memory itself ("forget that I told you about my back") without the model, and at the end of the turn
 * keeps what the person stated, telling them what it kept. Nothing is kept silently.
 */
public interface TurnMemory {

    /** Starts the memory side of one turn, answering {@code messageId}. */
    Session open(ToolContext context, UUID messageId);

    /** Memory during one turn. */
    interface Session {

        /** The remembered facts this conversation may use, by fact name, as flows read them. */
        Map<String, Object> facts();

        /**
         * Answers the person's message if it is about memory (forget, remember, what do you remember, or the
         * answer to a question about memory asked last turn). Empty when the message is for the model.
         *
         * @param conversationFacts what the person has said in this conversation, by fact name
         */
        Optional<Answer> answer(String text, Map<String, Object> conversationFacts);

        /**
         * Keeps what the person stated in this turn, as their settings allow, and says so.
         *
         * @param before the facts when the turn started (remembered and from the conversation)
         * @param after the facts now
         * @param busy whether a flow or a confirmation is waiting for an answer, so a question about memory
         *     would be confusing now and waits for a later turn
         */
        Kept keep(Map<String, Object> before, Map<String, Object> after, boolean busy);
    }

    /**
     * An answer to a message about memory.
     *
     * @param say the reply
     * @param forget fact names to drop from the conversation too, so they leave the next prompt
     */
    record Answer(String say, Set<String> forget) {
        public Answer {
            Objects.requireNonNull(say, "say");
            forget = Set.copyOf(forget);
        }
    }

    /**
     * What the turn should tell the person about memory.
     *
     * @param notice said before the reply ("I'll remember that …"); empty for none
     * @param question asked after the reply (may I remember this health condition?); empty for none
     */
    record Kept(String notice, String question) {
        public static final Kept NOTHING = new Kept("", "");

        public Kept {
            Objects.requireNonNull(notice, "notice");
            Objects.requireNonNull(question, "question");
        }
    }
}
