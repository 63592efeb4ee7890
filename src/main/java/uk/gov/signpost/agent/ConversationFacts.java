package uk.gov.signpost.agent;

import java.util.Set;
import org.springframework.stereotype.Service;
import uk.gov.signpost.agent.internal.DialogueFacts;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.OwnerId;

/**
 * The facts a person has given in their conversations, as the dialogue keeps them. Memory calls this when the
 * person deletes a remembered fact, so that it also leaves their conversations and the next prompt.
 */
@Service
public class ConversationFacts {

    private final DialogueFacts facts;

    ConversationFacts(DialogueFacts facts) {
        this.facts = facts;
    }

    /** Drops these fact names (and flow answers of the same name) from every conversation of the owner. */
    public void forget(OwnerId owner, Set<String> names) {
        if (!names.isEmpty()) {
            facts.forget(owner, names);
        }
    }

    /** The flow in progress, its answers and the stated facts of one conversation, for an adviser taking it over. */
    public DialogueSummary summary(ConversationId conversation) {
        return facts.summary(conversation);
    }
}
