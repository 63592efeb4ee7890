package uk.gov.signpost.conversation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.conversation.Card;
import uk.gov.signpost.conversation.Conversation;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.Message;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.conversation.Role;

/** Conversations and messages in PostgreSQL. */
@Repository
public class ConversationStore {

    private static final TypeReference<List<Card>> CARDS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    ConversationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Conversation c) {
        jdbc.sql("insert into conversation (id, owner_id, created_at, updated_at) values (?, ?, ?, ?)")
                .params(c.id().value(), c.ownerId().value(), ts(c.createdAt()), ts(c.updatedAt()))
                .update();
    }

    public Optional<Conversation> find(ConversationId id) {
        return jdbc.sql("select id, owner_id, created_at, updated_at from conversation where id = ?")
                .param(id.value())
                .query(ConversationStore::conversation)
                .optional();
    }

    public List<Conversation> findByOwner(OwnerId owner) {
        return jdbc.sql("select id, owner_id, created_at, updated_at from conversation where owner_id = ?"
                        + " order by updated_at desc")
                .param(owner.value())
                .query(ConversationStore::conversation)
                .list();
    }

    /**
     * Inserts the person's message and marks the conversation as updated, in one statement (one round trip), but
     * only if the conversation belongs to {@code owner}. Returns whether it was stored.
     */
    public boolean insertIfOwned(Message m, OwnerId owner) {
        int rows = jdbc.sql("with stored as (insert into message (id, conversation_id, role, text, reply_to, cards,"
                        + " created_at) select ?, c.id, ?, ?, ?, ?::jsonb, ? from conversation c"
                        + " where c.id = ? and c.owner_id = ? returning conversation_id, created_at)"
                        + " update conversation set updated_at = stored.created_at from stored"
                        + " where conversation.id = stored.conversation_id")
                .params(m.id(), m.role().dbValue(), m.text(), m.replyTo(), json.writeValueAsString(m.cards()),
                        ts(m.createdAt()), m.conversationId().value(), owner.value())
                .update();
        return rows == 1;
    }

    /**
     * Inserts a reply unless the message already has one, and marks the conversation as updated, in one statement.
     * Returns whether this reply was stored.
     */
    public boolean insertReplyIfAbsent(Message reply) {
        int rows = jdbc.sql("with stored as (insert into message (id, conversation_id, role, text, reply_to, cards,"
                        + " created_at) values (?, ?, ?, ?, ?, ?::jsonb, ?)"
                        + " on conflict (reply_to) where reply_to is not null do nothing"
                        + " returning conversation_id, created_at)"
                        + " update conversation set updated_at = stored.created_at from stored"
                        + " where conversation.id = stored.conversation_id")
                .params(reply.id(), reply.conversationId().value(), reply.role().dbValue(), reply.text(),
                        reply.replyTo(), json.writeValueAsString(reply.cards()), ts(reply.createdAt()))
                .update();
        return rows == 1;
    }

    public Optional<Message> findReplyTo(UUID messageId) {
        return jdbc.sql("select * from message where reply_to = ?").param(messageId).query(this::message).optional();
    }

    /** The conversation's messages if it belongs to {@code owner}; empty if it does not, or has none. */
    public List<Message> messagesIfOwned(ConversationId id, OwnerId owner) {
        return jdbc.sql("select m.* from message m join conversation c on c.id = m.conversation_id"
                        + " where c.id = ? and c.owner_id = ? order by m.seq")
                .params(id.value(), owner.value())
                .query(this::message)
                .list();
    }

    public void delete(ConversationId id) {
        jdbc.sql("delete from conversation where id = ?").param(id.value()).update();
    }

    private static Conversation conversation(ResultSet rs, int row) throws SQLException {
        return new Conversation(
                new ConversationId(rs.getObject("id", UUID.class)),
                new OwnerId(rs.getObject("owner_id", UUID.class)),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private Message message(ResultSet rs, int row) throws SQLException {
        return new Message(
                rs.getObject("id", UUID.class),
                new ConversationId(rs.getObject("conversation_id", UUID.class)),
                Role.fromDb(rs.getString("role")),
                rs.getString("text"),
                rs.getObject("reply_to", UUID.class),
                json.readValue(rs.getString("cards"), CARDS),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
