package uk.gov.signpost.agent.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.conversation.ConversationId;

/** Turn traces in PostgreSQL. */
@Repository
class TurnTraceStore {

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    TurnTraceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID save(ConversationId conversation, UUID messageId, @Nullable UUID replyId, TurnTrace trace, Instant started) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into turn_trace (id, conversation_id, message_id, reply_id, model, fallback, model_calls,"
                        + " tool_calls, input_tokens, output_tokens, cache_read_tokens, cache_write_tokens, cost_pence,"
                        + " overhead_micros, total_millis, outcome, steps, started_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)")
                .params(id, conversation.value(), messageId, replyId, trace.model(), trace.fallback(),
                        trace.modelCalls(), trace.toolCalls(), trace.usage().inputTokens(),
                        trace.usage().outputTokens(), trace.usage().cacheReadTokens(),
                        trace.usage().cacheWriteTokens(), trace.costPounds().multiply(BigDecimal.valueOf(100)),
                        trace.overheadNanos() / 1000, trace.elapsedNanos() / 1_000_000, trace.outcome(),
                        json.writeValueAsString(trace.steps()), Timestamp.from(started))
                .update();
        return id;
    }

    /** Tokens used so far in a conversation, for its budget. */
    long tokensUsed(ConversationId conversation) {
        Long total = jdbc.sql("select coalesce(sum(input_tokens + output_tokens + cache_read_tokens"
                        + " + cache_write_tokens), 0) from turn_trace where conversation_id = ?")
                .param(conversation.value())
                .query(Long.class)
                .single();
        return total == null ? 0 : total;
    }
}
