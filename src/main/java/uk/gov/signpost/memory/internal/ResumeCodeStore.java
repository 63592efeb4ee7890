package uk.gov.signpost.memory.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.OwnerId;

/** Resume codes in PostgreSQL, by the SHA-256 hash of the code only. */
@Repository
public class ResumeCodeStore {

    private final JdbcClient jdbc;

    ResumeCodeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps a code for the conversation, replacing any earlier one. */
    public void replace(byte[] hash, ConversationId conversation, OwnerId owner, Instant now, Instant expires) {
        jdbc.sql("delete from resume_code where conversation_id = ?").param(conversation.value()).update();
        jdbc.sql("insert into resume_code (code_hash, conversation_id, owner_id, created_at, expires_at)"
                        + " values (?, ?, ?, ?, ?)")
                .params(hash, conversation.value(), owner.value(), Timestamp.from(now), Timestamp.from(expires))
                .update();
    }

    /** Takes the code out (it works once) and returns what it was for, expired or not. */
    public Optional<Taken> take(byte[] hash) {
        return jdbc.sql("delete from resume_code where code_hash = ? returning conversation_id, owner_id, expires_at")
                .param(hash)
                .query((rs, i) -> new Taken(new ConversationId(rs.getObject("conversation_id", UUID.class)),
                        new OwnerId(rs.getObject("owner_id", UUID.class)), rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    /** A code that was taken out. */
    public record Taken(ConversationId conversation, OwnerId owner, Instant expiresAt) {}
}
