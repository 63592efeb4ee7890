package uk.gov.signpost.agent.internal;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.gov.signpost.conversation.ConversationId;

/**
 * Whose conversation this is, to seal what the agent keeps outside a turn under the owner's data key. It is read
 * from the database every time and never kept in memory: a conversation can pass to another owner (a resume code,
 * a continue-later link) on another instance, and a remembered owner would then seal data under the wrong key.
 * A turn knows its owner already and does not ask.
 */
@Component
class ConversationOwners {

    private final JdbcClient jdbc;

    ConversationOwners(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID of(ConversationId id) {
        return jdbc.sql("select owner_id from conversation where id = ?").param(id.value()).query(UUID.class)
                .single();
    }
}
