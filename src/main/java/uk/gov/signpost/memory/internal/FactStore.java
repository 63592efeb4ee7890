package uk.gov.signpost.memory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.memory.Sensitivity;
import uk.gov.signpost.platform.PersonalDataCipher;

/**
 * Remembered facts in PostgreSQL. Every read and write of a fact's value goes through this class (values are
 * JSON sealed under the person's data key, kept in base64 in one text column; see {@link #encode} and
 * {@link #decode}). Every query names the owner: one person can never reach another's facts.
 */
@Repository
class FactStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    FactStore(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** A fact as stored, with its value decoded. */
    record StoredFact(UUID id, UUID owner, String category, Object value, Sensitivity sensitivity,
            @Nullable UUID sourceConversation, @Nullable UUID sourceMessage, Instant savedAt, Instant updatedAt,
            @Nullable Instant expiresAt) {}

    /**
     * Everything a turn needs from memory, in one query: the person's memory setting, whether the conversation
     * is private, any question about memory waiting in it, and the facts still in date. Facts are read only when
     * memory is on and the conversation is not private.
     */
    TurnView forTurn(UUID owner, UUID conversation, Instant now) {
        List<TurnView> rows = jdbc.sql("""
                select s.enabled, p.conversation_id is not null as private, q.kind, q.categories,
                       f.category, f.value
                from (select 1) one
                left join memory_setting s on s.owner_id = :owner
                left join memory_private_conversation p on p.conversation_id = :conversation
                left join memory_question q on q.conversation_id = :conversation
                left join memory_fact f on f.owner_id = :owner
                      and (f.expires_at is null or f.expires_at > :now)
                      and coalesce(s.enabled, true) and p.conversation_id is null
                """)
                .param("owner", owner).param("conversation", conversation).param("now", Timestamp.from(now))
                .query((rs, i) -> new TurnView(!Boolean.FALSE.equals(rs.getObject("enabled")),
                        rs.getBoolean("private"), rs.getString("kind"), rs.getString("categories"),
                        one(rs, owner)))
                .list();
        Map<String, Object> facts = new LinkedHashMap<>();
        rows.forEach(row -> facts.putAll(row.facts()));
        TurnView first = rows.get(0);
        return new TurnView(first.enabled(), first.privateConversation(), first.questionKind(),
                first.questionCategories(), facts);
    }

    private Map<String, Object> one(ResultSet rs, UUID owner) throws SQLException {
        String category = rs.getString("category");
        return category == null ? Map.of() : Map.of(category, decode(owner, rs.getString("value")));
    }

    /** What a turn reads from memory. */
    record TurnView(boolean enabled, boolean privateConversation, @Nullable String questionKind,
            @Nullable String questionCategories, Map<String, Object> facts) {

        /** Whether this turn may read and write memory. */
        boolean active() {
            return enabled && !privateConversation;
        }
    }

    List<StoredFact> list(UUID owner) {
        return jdbc.sql("select * from memory_fact where owner_id = ? order by saved_at, category")
                .param(owner).query(this::row).list();
    }

    Optional<StoredFact> find(UUID owner, UUID id) {
        return jdbc.sql("select * from memory_fact where owner_id = ? and id = ?")
                .params(owner, id).query(this::row).optional();
    }

    Optional<StoredFact> findCategory(UUID owner, String category) {
        return jdbc.sql("select * from memory_fact where owner_id = ? and category = ?")
                .params(owner, category).query(this::row).optional();
    }

    /**
     * Saves the person's fact of this category, replacing any earlier value, with the journal's {@code saved}
     * entry, in one statement: a turn that keeps a fact costs one round trip, and no fact is kept without its entry.
     * Returns the fact's id.
     */
    UUID saveAndRecord(UUID owner, String category, Object value, Sensitivity sensitivity, @Nullable UUID conversation,
            @Nullable UUID message, Instant now, @Nullable Instant expiresAt, String channel) {
        return jdbc.sql("""
                with fact as (
                    insert into memory_fact (id, owner_id, category, value, sensitivity, source_conversation_id,
                                             source_message_id, saved_at, updated_at, expires_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (owner_id, category) do update set value = excluded.value,
                        source_conversation_id = excluded.source_conversation_id,
                        source_message_id = excluded.source_message_id, saved_at = excluded.saved_at,
                        updated_at = excluded.updated_at, expires_at = excluded.expires_at
                    returning id, owner_id, category
                ), event as (
                    insert into memory_event (id, owner_id, fact_id, category, action, channel, happened_at)
                    select ?, owner_id, id, category, 'saved', ?, ? from fact
                )
                select id from fact
                """)
                .params(UUID.randomUUID(), owner, category, encode(owner, value), sensitivity.code(), conversation, message,
                        Timestamp.from(now), Timestamp.from(now), expiresAt == null ? null : Timestamp.from(expiresAt),
                        UUID.randomUUID(), channel, Timestamp.from(now))
                .query(UUID.class).single();
    }

    /** Corrects a value. The source stays: it is where the fact first came from. */
    boolean correct(UUID owner, UUID id, Object value, Instant now) {
        return jdbc.sql("update memory_fact set value = ?, updated_at = ? where owner_id = ? and id = ?")
                .params(encode(owner, value), Timestamp.from(now), owner, id).update() == 1;
    }

    boolean delete(UUID owner, UUID id) {
        return jdbc.sql("delete from memory_fact where owner_id = ? and id = ?").params(owner, id).update() == 1;
    }

    List<StoredFact> deleteCategories(UUID owner, Collection<String> categories) {
        if (categories.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("delete from memory_fact where owner_id = ? and category = any(?) returning *")
                .params(owner, categories.toArray(String[]::new)).query(this::row).list();
    }

    List<StoredFact> deleteAll(UUID owner) {
        return jdbc.sql("delete from memory_fact where owner_id = ? returning *").param(owner).query(this::row).list();
    }

    /** Deletes facts past their expiry, and returns them (for the history). */
    List<StoredFact> deleteExpired(Instant now) {
        return jdbc.sql("delete from memory_fact where expires_at <= ? returning *")
                .param(Timestamp.from(now)).query(this::row).list();
    }

    /**
     * Moves one person's facts to another (after a resume). Where both have a fact of a category, the one
     * updated last wins.
     */
    void move(UUID from, UUID to) {
        jdbc.sql("""
                delete from memory_fact n using memory_fact o
                where n.owner_id = :to and o.owner_id = :from and n.category = o.category
                  and n.updated_at <= o.updated_at
                """).param("from", from).param("to", to).update();
        jdbc.sql("""
                delete from memory_fact o using memory_fact n
                where o.owner_id = :from and n.owner_id = :to and n.category = o.category
                """).param("from", from).param("to", to).update();
        // What is left moves, re-sealed under the new owner's data key.
        List<Object[]> moving = jdbc.sql("select id, value from memory_fact where owner_id = ?").param(from)
                .query((rs, i) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)}).list();
        for (Object[] fact : moving) {
            jdbc.sql("update memory_fact set owner_id = ?, value = ? where id = ?")
                    .params(to, encode(to, decode(from, (String) fact[1])), fact[0]).update();
        }
    }

    private StoredFact row(ResultSet rs, int i) throws SQLException {
        Timestamp expires = rs.getTimestamp("expires_at");
        return new StoredFact(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class),
                rs.getString("category"), decode(rs.getObject("owner_id", UUID.class), rs.getString("value")),
                Sensitivity.valueOf(rs.getString("sensitivity").toUpperCase(java.util.Locale.ROOT)),
                rs.getObject("source_conversation_id", UUID.class), rs.getObject("source_message_id", UUID.class),
                rs.getTimestamp("saved_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                expires == null ? null : expires.toInstant());
    }

    /** A value as stored: its JSON, sealed under the person's data key, in base64. */
    private String encode(UUID owner, Object value) {
        return Base64.getEncoder().encodeToString(cipher.seal(owner, JSON.writeValueAsString(value)));
    }

    private Object decode(UUID owner, String stored) {
        Object value = JSON.readValue(cipher.open(owner, Base64.getDecoder().decode(stored)), Object.class);
        if (value instanceof List<?> list) {
            return List.copyOf(new ArrayList<>(list));
        }
        return value;
    }
}
