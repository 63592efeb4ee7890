package uk.gov.signpost.agent.internal;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.conversation.ConversationId;

/** Dialogue state in PostgreSQL, so that any instance can continue any conversation. */
@Repository
class DialogueStateStore {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    DialogueStateStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    DialogueState load(ConversationId id) {
        return jdbc.sql("select state from dialogue_state where conversation_id = ?")
                .param(id.value())
                .query(String.class)
                .optional()
                .map(text -> json.readValue(text, DialogueState.class))
                .orElse(DialogueState.EMPTY);
    }

    void save(ConversationId id, DialogueState state) {
        jdbc.sql("insert into dialogue_state (conversation_id, state, version, updated_at) values (?, ?::jsonb, 1, ?)"
                        + " on conflict (conversation_id) do update set state = excluded.state,"
                        + " version = dialogue_state.version + 1, updated_at = excluded.updated_at")
                .params(id.value(), json.writeValueAsString(state), Timestamp.from(clock.instant()))
                .update();
    }
}
