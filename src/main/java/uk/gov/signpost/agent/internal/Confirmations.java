package uk.gov.signpost.agent.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.platform.PersonalDataCipher;

/**
 * The record of every consequential action the person was asked to confirm. A side-effect tool runs only
 * against a confirmation that is answered "confirmed" and not yet executed, and marking it executed is atomic,
 * so one "yes" can never run an action twice. The arguments and the question can repeat what the person said,
 * so they are sealed under the conversation owner's data key.
 */
@Repository
class Confirmations {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PersonalDataCipher cipher;
    private final ConversationOwners owners;
    private final JsonMapper json = JsonMapper.builder().build();

    Confirmations(JdbcClient jdbc, Clock clock, PersonalDataCipher cipher, ConversationOwners owners) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.cipher = cipher;
        this.owners = owners;
    }

    UUID ask(ConversationId conversation, String tool, String arguments, String summary) {
        UUID id = UUID.randomUUID();
        UUID owner = owners.of(conversation);
        byte[] sealed = cipher.seal(owner, json.writeValueAsString(new Sealed(arguments, summary)));
        jdbc.sql("insert into confirmation (id, conversation_id, tool, sealed, answer, asked_at)"
                        + " values (?, ?, ?, ?, 'pending', ?)")
                .params(id, conversation.value(), tool, sealed, now())
                .update();
        return id;
    }

    /** Records the answer to a pending confirmation; returns the pending request if there was one. */
    Optional<Pending> answer(UUID id, boolean confirmed) {
        return jdbc.sql("update confirmation f set answer = ?, answered_at = ? from conversation c"
                        + " where f.id = ? and f.answer = 'pending' and c.id = f.conversation_id"
                        + " returning f.tool, f.arguments::text, f.sealed, c.owner_id")
                .params(confirmed ? "confirmed" : "declined", now(), id)
                .query((rs, row) -> {
                    byte[] sealed = rs.getBytes(3);
                    String arguments = sealed == null
                            ? rs.getString(2)
                            : json.readValue(cipher.open(rs.getObject(4, UUID.class), sealed), Sealed.class)
                                    .arguments();
                    return new Pending(id, rs.getString(1), arguments);
                })
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

    /** What is sealed for each confirmation: the tool's arguments (JSON) and the question put to the person. */
    record Sealed(String arguments, String summary) {}
}
