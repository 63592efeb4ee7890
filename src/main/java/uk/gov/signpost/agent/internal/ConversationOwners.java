package uk.gov.signpost.agent.internal;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.gov.signpost.conversation.ConversationId;

/**
 * Whose conversation this is, to seal what the agent keeps under the owner's data key. An owner never changes, so
 * it is remembered: a turn learns it when it loads the dialogue state and saving needs no extra round trip.
 */
@Component
class ConversationOwners {

    private static final int MAX_CACHED = 10_000;

    private final JdbcClient jdbc;
    private final Map<UUID, UUID> owners = new ConcurrentHashMap<>();

    ConversationOwners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID of(ConversationId id) {
        UUID owner = owners.get(id.value());
        if (owner == null) {
            owner = jdbc.sql("select owner_id from conversation where id = ?").param(id.value()).query(UUID.class)
                    .single();
            remember(id, owner);
        }
        return owner;
    }

    void remember(ConversationId id, UUID owner) {
        if (owners.size() >= MAX_CACHED) {
            owners.clear();
        }
        owners.put(id.value(), owner);
    }
}
