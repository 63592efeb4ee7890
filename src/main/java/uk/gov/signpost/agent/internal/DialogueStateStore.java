package uk.gov.signpost.agent.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.platform.PersonalDataCipher;

/**
 * Dialogue state in PostgreSQL, so that any instance can continue any conversation. The state holds what the
 * person told us, so it is sealed under the conversation owner's data key.
 */
@Repository
class DialogueStateStore {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PersonalDataCipher cipher;
    private final JsonMapper json = JsonMapper.builder().build();

    DialogueStateStore(JdbcClient jdbc, Clock clock, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cipher = cipher;
    }

    DialogueState load(ConversationId id) {
        return jdbc.sql("select d.state::text, d.sealed, c.owner_id from dialogue_state d"
                        + " join conversation c on c.id = d.conversation_id where d.conversation_id = ?")
                .param(id.value())
                .query((rs, row) -> {
                    byte[] sealed = rs.getBytes(2);
                    String text = sealed == null ? rs.getString(1) : cipher.open(rs.getObject(3, UUID.class), sealed);
                    return json.readValue(text, DialogueState.class);
                })
                .optional()
                .orElse(DialogueState.EMPTY);
    }

    void save(ConversationId id, DialogueState state) {
        UUID owner = jdbc.sql("select owner_id from conversation where id = ?").param(id.value()).query(UUID.class)
                .single();
        jdbc.sql("insert into dialogue_state (conversation_id, sealed, version, updated_at) values (?, ?, 1, ?)"
                        + " on conflict (conversation_id) do update set state = null, sealed = excluded.sealed,"
                        + " version = dialogue_state.version + 1, updated_at = excluded.updated_at")
                .params(id.value(), cipher.seal(owner, json.writeValueAsString(state)), Timestamp.from(clock.instant()))
                .update();
    }
}
