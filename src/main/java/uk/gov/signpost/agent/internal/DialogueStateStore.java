package uk.gov.signpost.agent.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.conversation.ConversationId;

/**
 * Dialogue state in PostgreSQL, so that any instance can continue any conversation. It is read here at the start
 * of a turn and written with the turn's trace ({@link TurnTraceStore#save}).
 */
@Repository
class DialogueStateStore {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    DialogueStateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a turn starts from: the dialogue state and the tokens the conversation has used so far. */
    record Start(DialogueState state, long tokensUsed) {}

    /** Reads the dialogue state and the conversation's token use in one round trip. */
    Start start(ConversationId id) {
        return jdbc.sql("select (select state::text from dialogue_state where conversation_id = ?) as state,"
                        + " (select coalesce(sum(input_tokens + output_tokens + cache_read_tokens"
                        + " + cache_write_tokens), 0) from turn_trace where conversation_id = ?) as tokens")
                .params(id.value(), id.value())
                .query((rs, row) -> {
                    String state = rs.getString("state");
                    return new Start(state == null ? DialogueState.EMPTY : json.readValue(state, DialogueState.class),
                            rs.getLong("tokens"));
                })
                .single();
    }
}
