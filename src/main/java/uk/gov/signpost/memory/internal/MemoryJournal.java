package uk.gov.signpost.memory.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.gov.signpost.memory.Channel;
import uk.gov.signpost.memory.MemoryChange;

/**
 * Everything about a person's memory except the facts' values: the setting, private conversations, questions
 * waiting for an answer, consents and the edit history. None of it holds a value the person gave.
 */
@Repository
class MemoryJournal {

    private final JdbcClient jdbc;

    MemoryJournal(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean enabled(UUID owner) {
        return jdbc.sql("select enabled from memory_setting where owner_id = ?").param(owner)
                .query(Boolean.class).optional().orElse(true);
    }

    void setEnabled(UUID owner, boolean enabled, Instant now) {
        jdbc.sql("""
                insert into memory_setting (owner_id, enabled, updated_at) values (?, ?, ?)
                on conflict (owner_id) do update set enabled = excluded.enabled, updated_at = excluded.updated_at
                """).params(owner, enabled, Timestamp.from(now)).update();
    }

    void markPrivate(UUID owner, UUID conversation, Instant now) {
        jdbc.sql("insert into memory_private_conversation (conversation_id, owner_id, created_at) values (?, ?, ?)"
                + " on conflict do nothing").params(conversation, owner, Timestamp.from(now)).update();
    }

    boolean isPrivate(UUID conversation) {
        return jdbc.sql("select count(*) from memory_private_conversation where conversation_id = ?")
                .param(conversation).query(Long.class).single() > 0;
    }

    void ask(UUID conversation, String kind, List<String> categories, Instant now) {
        jdbc.sql("""
                insert into memory_question (conversation_id, kind, categories, asked_at) values (?, ?, ?, ?)
                on conflict (conversation_id) do update set kind = excluded.kind, categories = excluded.categories,
                    asked_at = excluded.asked_at
                """).params(conversation, kind, String.join(",", categories), Timestamp.from(now)).update();
    }

    void clearQuestion(UUID conversation) {
        jdbc.sql("delete from memory_question where conversation_id = ?").param(conversation).update();
    }

    void consent(UUID owner, String category, String decision, String wording, @Nullable UUID conversation,
            @Nullable UUID message, Instant now) {
        jdbc.sql("""
                insert into memory_consent (id, owner_id, category, decision, wording, conversation_id, message_id,
                                            recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """).params(UUID.randomUUID(), owner, category, decision, wording, conversation, message,
                Timestamp.from(now)).update();
    }

    /** Whether the person refused to let this category be remembered from this conversation. */
    boolean refused(UUID owner, String category, UUID conversation) {
        return jdbc.sql("select count(*) from memory_consent where owner_id = ? and category = ? and"
                        + " conversation_id = ? and decision = 'refused'")
                .params(owner, category, conversation).query(Long.class).single() > 0;
    }

    List<Map<String, Object>> consents(UUID owner) {
        return jdbc.sql("select category, decision, wording, conversation_id, message_id, recorded_at"
                        + " from memory_consent where owner_id = ? order by recorded_at")
                .param(owner).query().listOfRows();
    }

    void record(UUID owner, @Nullable UUID fact, @Nullable String category, String action, Channel channel,
            Instant now) {
        jdbc.sql("""
                insert into memory_event (id, owner_id, fact_id, category, action, channel, happened_at)
                values (?, ?, ?, ?, ?, ?, ?)
                """).params(UUID.randomUUID(), owner, fact, category, action, channel.code(), Timestamp.from(now))
                .update();
    }

    List<MemoryChange> history(UUID owner) {
        return jdbc.sql("select fact_id, category, action, channel, happened_at from memory_event"
                        + " where owner_id = ? order by seq desc")
                .param(owner)
                .query((rs, i) -> new MemoryChange(rs.getObject("fact_id", UUID.class), rs.getString("category"),
                        rs.getString("action"), Channel.valueOf(rs.getString("channel").toUpperCase(Locale.ROOT)),
                        rs.getTimestamp("happened_at").toInstant()))
                .list();
    }

    /** Moves everything of one person's to another (after a resume). */
    void move(UUID from, UUID to) {
        jdbc.sql("""
                insert into memory_setting (owner_id, enabled, updated_at)
                select ?, enabled, updated_at from memory_setting where owner_id = ?
                on conflict (owner_id) do nothing
                """).params(to, from).update();
        jdbc.sql("delete from memory_setting where owner_id = ?").param(from).update();
        for (String table : List.of("memory_private_conversation", "memory_consent", "memory_event")) {
            jdbc.sql("update " + table + " set owner_id = ? where owner_id = ?").params(to, from).update();
        }
    }

    /** Deletes everything of the person's here, and returns how many rows went. */
    int erase(UUID owner) {
        int rows = 0;
        for (String table : List.of("memory_setting", "memory_private_conversation", "memory_consent",
                "memory_event")) {
            rows += jdbc.sql("delete from " + table + " where owner_id = ?").param(owner).update();
        }
        return rows;
    }
}
