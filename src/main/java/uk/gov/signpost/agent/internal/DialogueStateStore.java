package uk.gov.signpost.agent.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.platform.PersonalDataCipher;

/**
 * Dialogue state in PostgreSQL, so that any instance can continue any conversation. It is read here at the start
 * of a turn and written with the turn's trace ({@link TurnTraceStore#save}). The state holds what the person told
 * us, so it is sealed under the conversation owner's data key.
 */
@Repository
class DialogueStateStore {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final ConversationOwners owners;
    private final JsonMapper json = JsonMapper.builder().build();

    DialogueStateStore(JdbcClient jdbc, PersonalDataCipher cipher, ConversationOwners owners) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.owners = owners;
    }

    /** What a turn starts from: the dialogue state and the tokens the conversation has used so far. */
    record Start(DialogueState state, long tokensUsed) {}

    /** Reads the dialogue state, its owner and the conversation's token use in one round trip. */
    Start start(ConversationId id) {
        return jdbc.sql("select (select state::text from dialogue_state where conversation_id = ?) as state,"
                        + " (select sealed from dialogue_state where conversation_id = ?) as sealed,"
                        + " (select owner_id from conversation where id = ?) as owner_id,"
                        + " (select coalesce(sum(input_tokens + output_tokens + cache_read_tokens"
                        + " + cache_write_tokens), 0) from turn_trace where conversation_id = ?) as tokens")
                .params(id.value(), id.value(), id.value(), id.value())
                .query((rs, row) -> {
                    UUID owner = rs.getObject("owner_id", UUID.class);
                    byte[] sealed = rs.getBytes("sealed");
                    String state = sealed != null && owner != null ? cipher.open(owner, sealed) : rs.getString("state");
                    return new Start(state == null ? DialogueState.EMPTY : json.readValue(state, DialogueState.class),
                            rs.getLong("tokens"));
                })
                .single();
    }

    /** The dialogue state alone, for changes made outside a turn (a fact the person deleted from memory). */
    DialogueState load(ConversationId id) {
        return start(id).state();
    }

    /** Writes the dialogue state outside a turn, sealed like a turn's. A turn writes it with its trace instead. */
    void save(ConversationId id, DialogueState state, Instant now) {
        byte[] sealed = cipher.seal(owners.of(id), json.writeValueAsString(state));
        jdbc.sql("insert into dialogue_state (conversation_id, sealed, version, updated_at) values (?, ?, 1, ?)"
                        + " on conflict (conversation_id) do update set state = null, sealed = excluded.sealed,"
                        + " version = dialogue_state.version + 1, updated_at = excluded.updated_at")
                .params(id.value(), sealed, Timestamp.from(now))
                .update();
    }
}
