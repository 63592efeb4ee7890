package uk.gov.signpost.agent.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.gov.signpost.conversation.ConversationId;

/**
 * The record of every consequential action the person was asked to confirm. A side-effect tool runs only
 * against a confirmation that is answered "confirmed" and not yet executed, and marking it executed is atomic,
 * so one "yes" can never run an action twice.
 */
@Repository
class Confirmations {

    private final JdbcClient jdbc;
    private final Clock clock;

    Confirmations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    UUID ask(ConversationId conversation, String tool, String arguments, String summary) {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into confirmation (id, conversation_id, tool, arguments, summary, answer, asked_at)"
                        + " values (?, ?, ?, ?::jsonb, ?, 'pending', ?)")
                .params(id, conversation.value(), tool, arguments, summary, now())
                .update();
        return id;
    }

    /** Records the answer to a pending confirmation; returns the pending request if there was one. */
    Optional<Pending> answer(UUID id, boolean confirmed) {
        return jdbc.sql("update confirmation set answer = ?, answered_at = ? where id = ? and answer = 'pending'"
                        + " returning tool, arguments::text")
                .params(confirmed ? "confirmed" : "declined", now(), id)
                .query((rs, row) -> new Pending(id, rs.getString(1), rs.getString(2)))
                .optional();
    }

    /** The person moved on without answering: the question lapses, so a later "yes" cannot act on it. */
    void withdraw(UUID id) {
        jdbc.sql("update confirmation set answer = 'withdrawn', answered_at = ? where id = ? and answer = 'pending'")
                .params(now(), id)
                .update();
    }

    /** Claims a confirmed, not yet executed confirmation for execution. False if it is not runnable. */
    boolean claimForExecution(UUID id) {
        return jdbc.sql("update confirmation set executed_at = ? where id = ? and answer = 'confirmed'"
                        + " and executed_at is null")
                .params(now(), id)
                .update() == 1;
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    record Pending(UUID id, String tool, String arguments) {}
}
