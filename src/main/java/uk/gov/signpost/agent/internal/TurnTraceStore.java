package uk.gov.signpost.agent.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.platform.PersonalDataCipher;

/** Turn traces in PostgreSQL, saved with the dialogue state (sealed under the conversation owner's key). */
@Repository
class TurnTraceStore {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    private final Clock clock;
    private final PersonalDataCipher cipher;

    TurnTraceStore(JdbcClient jdbc, Clock clock, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cipher = cipher;
    }

    /**
     * Saves the turn's trace and the dialogue state it ended in, in one statement (one round trip), once the reply
     * is stored. Saving the state only then means a turn cut short before its reply is stored is retried from the
     * state it started in.
     *
     * <p>The state is sealed under the turn's owner, and stored only while the conversation still belongs to them
     * (read {@code for share}, so a transfer on another instance either finishes first or re-seals it after).
     */
    UUID save(ConversationId conversation, UUID owner, UUID messageId, @Nullable UUID replyId, TurnTrace trace,
            Instant started, DialogueState state) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        jdbc.sql("with state as (insert into dialogue_state (conversation_id, sealed, version, updated_at)"
                        + " select c.id, ?, 1, ? from conversation c where c.id = ? and c.owner_id = ? for share of c"
                        + " on conflict (conversation_id) do update set state = null,"
                        + " sealed = excluded.sealed, version = dialogue_state.version + 1,"
                        + " updated_at = excluded.updated_at)"
                        + " insert into turn_trace (id, conversation_id, message_id, reply_id, model, fallback, model_calls,"
                        + " tool_calls, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, cost_pence,"
                        + " overhead_micros, total_millis, outcome, steps, started_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)")
                .params(cipher.seal(owner, json.writeValueAsString(state)), Timestamp.from(now), conversation.value(),
                        owner, id, conversation.value(), messageId, replyId, trace.model(), trace.fallback(),
                        trace.modelCalls(), trace.toolCalls(), trace.usage().inputTokens(),
                        trace.usage().outputTokens(), trace.usage().cacheReadTokens(),
                        trace.usage().cacheWriteTokens(), trace.costPounds().multiply(BigDecimal.valueOf(100)),
                        trace.overheadNanos() / 1000, trace.elapsedNanos() / 1_000_000, trace.outcome(),
                        json.writeValueAsString(trace.steps()), Timestamp.from(started))
                .update();
        return id;
    }
}
