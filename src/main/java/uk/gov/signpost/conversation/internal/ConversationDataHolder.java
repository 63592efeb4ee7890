package uk.gov.signpost.conversation.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.signpost.conversation.Conversation;
import uk.gov.signpost.conversation.Message;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.platform.PersonalDataHolder;

/**
 * The person's conversations and every message in them, for export and erasure. Erasing a conversation also
 * removes, through the database's cascades, the rows other modules keep per conversation (dialogue state, turn
 * traces, confirmations, handoff requests), after those modules' own holders have counted them.
 */
@Component
class ConversationDataHolder implements PersonalDataHolder {

    private final ConversationStore store;

    ConversationDataHolder(ConversationStore store) {
        this.store = store;
    }

    @Override
    public String area() {
        return "conversations";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(java.util.UUID person) {
        return store.findByOwner(new OwnerId(person)).stream().map(this::conversation).toList();
    }

    @Override
    @Transactional
    public int erase(java.util.UUID person) {
        return store.deleteByOwner(new OwnerId(person));
    }

    private Map<String, Object> conversation(Conversation c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", c.id().toString());
        out.put("started_at", c.createdAt().toString());
        out.put("updated_at", c.updatedAt().toString());
        out.put("messages",
                store.messagesIfOwned(c.id(), c.ownerId()).stream().map(ConversationDataHolder::message).toList());
        return out;
    }

    private static Map<String, Object> message(Message m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", m.id().toString());
        out.put("from", switch (m.role()) {
            case USER -> "you";
            case ASSISTANT -> "signpost";
            case ADVISER -> "adviser";
        });
        if (m.author() != null) {
            out.put("adviser", m.author());
        }
        out.put("text", m.text());
        out.put("sent_at", m.createdAt().toString());
        if (!m.cards().isEmpty()) {
            out.put("signposts", m.cards().stream().map(card -> Map.of("name", card.name(), "url", card.url(),
                    "why", card.why())).toList());
        }
        return out;
    }
}
