package uk.gov.signpost.agent.internal;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.platform.PersonalDataCipher;

/**
 * Dialogue state in PostgreSQL, so that any instance can continue any conversation. The state holds what the
 * person told us, so it is sealed under the conversation owner's data key. It is read here at the start of a turn
 * and written, sealed, with the turn's trace ({@link TurnTraceStore#save}).
 */
@Repository
class DialogueStateStore {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final JsonMapper json = JsonMapper.builder().build();

    DialogueStateStore(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** What a turn starts from: the dialogue state and the tokens the conversation has used so far. */
    record Start(DialogueState state, long tokensUsed) {}

    /** Reads the dialogue state and the conversation's token use in one round trip. */
    Start start(ConversationId id) {
        return jdbc.sql("select d.state::text as state, d.sealed, c.owner_id,"
                        + " (select coalesce(sum(input_tokens + output_tokens + cache_read_tokens"
                        + " + cache_write_tokens), 0) from turn_trace where conversation_id = c.id) as tokens"
                        + " from conversation c left join dialogue_state d on d.conversation_id = c.id where c.id = ?")
                .param(id.value())
                .query((rs, row) -> {
                    byte[] sealed = rs.getBytes("sealed");
                    String text = sealed == null
                            ? rs.getString("state")
                            : cipher.open(rs.getObject("owner_id", UUID.class), sealed);
                    return new Start(text == null ? DialogueState.EMPTY : json.readValue(text, DialogueState.class),
                            rs.getLong("tokens"));
                })
                .optional()
                .orElse(new Start(DialogueState.EMPTY, 0));
    }
}
