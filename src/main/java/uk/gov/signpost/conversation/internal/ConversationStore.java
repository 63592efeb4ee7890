package uk.gov.signpost.conversation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.conversation.Card;
import uk.gov.signpost.conversation.ClientMessageId;
import uk.gov.signpost.conversation.Conversation;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.ConversationNotFoundException;
import uk.gov.signpost.conversation.Message;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.conversation.Role;
import uk.gov.signpost.platform.InstanceLiveness;
import uk.gov.signpost.platform.PersonalDataCipher;

/**
 * Conversations and messages in PostgreSQL. Each message's text and cards are sealed under the owner's data key
 * ({@link PersonalDataCipher}); ids, roles, order and times stay in the clear, because history, the one-reply rule
 * and retention query them.
 */
@Repository
public class ConversationStore {

    private static final TypeReference<List<Card>> CARDS = new TypeReference<>() {};
    /** Rows from before V4 have plain {@code text} and {@code cards}; later rows have only {@code sealed}. */
    private static final String MESSAGE_COLUMNS = "select m.id, m.conversation_id, m.role, m.text, m.cards, m.sealed,"
            + " m.reply_to, m.created_at, c.owner_id from message m join conversation c on c.id = m.conversation_id";

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;
    private final JsonMapper json = JsonMapper.builder().build();

    ConversationStore(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
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
     * Gives the conversation to another owner, and re-seals its messages under the new owner's data key, so that
     * erasing either person later works on exactly what is theirs.
     */
    public void changeOwner(ConversationId id, OwnerId from, OwnerId to) {
        jdbc.sql("update conversation set owner_id = ? where id = ?").params(to.value(), id.value()).update();
        List<Object[]> sealed = jdbc.sql("select id, sealed from message where conversation_id = ? and sealed is not null")
                .param(id.value())
                .query((rs, row) -> new Object[] {rs.getObject(1, UUID.class), rs.getBytes(2)})
                .list();
        for (Object[] row : sealed) {
            byte[] resealed = cipher.reseal(from.value(), to.value(), (byte[]) row[1]);
            jdbc.sql("update message set sealed = ? where id = ?").params(resealed, row[0]).update();
        }
    }

    /**
     * Inserts the person's message and marks the conversation as updated, in one statement (one round trip), but
     * only if the conversation belongs to {@code owner}, and only if no message with the same client message id is
     * there already. The message is claimed for a reply until {@code claimedUntil}. Returns whether it was stored.
     *
     * <p>Every write sealed under the owner's key locks the conversation row as it reads the owner ({@code for no key
     * update}, since the statement updates that row anyway; {@code for share} deadlocked two instances storing the
     * same client message id at once, each waiting to upgrade its lock): a transfer to another owner
     * on another instance either finishes first (and this write finds a different owner and stores nothing) or waits
     * for this write and then re-seals what it wrote. No instance keeps owners in memory, so none can be stale.
     */
    public boolean insertIfOwned(Message m, OwnerId owner, @Nullable ClientMessageId clientId, Instant claimedUntil,
            int instance) {
        int rows = jdbc.sql("with stored as (insert into message (id, conversation_id, role, sealed, reply_to,"
                        + " created_at, client_message_id, reply_claimed_until, reply_claimed_by)"
                        + " select ?, c.id, ?, ?, ?, ?, ?, ?, ? from conversation c"
                        + " where c.id = ? and c.owner_id = ? for no key update of c"
                        + " on conflict (conversation_id, client_message_id) where client_message_id is not null"
                        + " do nothing returning conversation_id, created_at)"
                        + " update conversation set updated_at = stored.created_at from stored"
                        + " where conversation.id = stored.conversation_id")
                .params(m.id(), m.role().dbValue(), seal(owner.value(), m), m.replyTo(), ts(m.createdAt()),
                        clientId == null ? null : clientId.value(), ts(claimedUntil), instance,
                        m.conversationId().value(), owner.value())
                .update();
        return rows == 1;
    }

    /** The person's message stored under {@code clientId}, if the conversation belongs to {@code owner}. */
    public Optional<Message> findByClientId(ConversationId id, OwnerId owner, ClientMessageId clientId) {
        return jdbc.sql(MESSAGE_COLUMNS + " where c.id = ? and c.owner_id = ? and m.client_message_id = ?")
                .params(id.value(), owner.value(), clientId.value())
                .query(this::message)
                .optional();
    }

    /** Whether the conversation holds a message with this client message id (nothing is read or opened). */
    public boolean hasClientId(ConversationId id, ClientMessageId clientId) {
        return jdbc.sql("select exists (select 1 from message where conversation_id = ? and client_message_id = ?)")
                .params(id.value(), clientId.value())
                .query(Boolean.class)
                .single();
    }

    /** One of the person's messages, if the conversation belongs to {@code owner}. */
    public Optional<Message> findUserMessage(ConversationId id, OwnerId owner, UUID messageId) {
        return jdbc.sql(MESSAGE_COLUMNS + " where m.id = ? and c.id = ? and c.owner_id = ? and m.role = 'user'")
                .params(messageId, id.value(), owner.value())
                .query(this::message)
                .optional();
    }

    /**
     * Claims the person's message for a reply until {@code until}, if it has no reply and no live claim: the turn
     * that claimed it ended without a reply, its claim ran out, or its instance no longer holds its advisory lock
     * (it died). Returns whether this caller now holds it.
     */
    public boolean claimForReply(UUID messageId, Instant now, Instant until, int instance) {
        return jdbc.sql("update message m set reply_claimed_until = ?, reply_claimed_by = ?"
                        + " where m.id = ? and m.role = 'user'"
                        + " and (m.reply_claimed_until is null or m.reply_claimed_until < ? or not "
                        + String.format(InstanceLiveness.LIVE_SQL, "m.reply_claimed_by") + ")"
                        + " and not exists (select 1 from message r where r.reply_to = m.id)")
                .params(ts(until), instance, messageId, ts(now))
                .update() == 1;
    }

    /** Lets the claim go at once, when a turn failed without a reply, so that a retry need not wait. */
    public void releaseClaim(UUID messageId) {
        jdbc.sql("update message set reply_claimed_until = null where id = ?").param(messageId).update();
    }

    /**
     * Inserts a reply unless the message already has one, and marks the conversation as updated, in one statement,
     * sealed under {@code owner}'s key and only if the conversation still belongs to them. Returns whether this
     * reply was stored.
     */
    public boolean insertReplyIfAbsent(Message reply, OwnerId owner) {
        int rows = jdbc.sql("with stored as (insert into message (id, conversation_id, role, sealed, reply_to,"
                        + " created_at) select ?, c.id, ?, ?, ?, ? from conversation c"
                        + " where c.id = ? and c.owner_id = ? for no key update of c"
                        + " on conflict (reply_to) where reply_to is not null do nothing"
                        + " returning conversation_id, created_at)"
                        + " update conversation set updated_at = stored.created_at from stored"
                        + " where conversation.id = stored.conversation_id")
                .params(reply.id(), reply.role().dbValue(), seal(owner.value(), reply), reply.replyTo(),
                        ts(reply.createdAt()), reply.conversationId().value(), owner.value())
                .update();
        return rows == 1;
    }

    /**
     * Inserts a message that answers nothing in particular (an adviser's), sealed for the conversation's owner, and
     * marks the conversation as updated. The insert checks the owner it sealed for in the same statement; if the
     * conversation moved to another person in between, it seals again for the new owner.
     */
    public void insertStandalone(Message m) {
        for (int attempt = 0; attempt < 3; attempt++) {
            UUID owner = jdbc.sql("select owner_id from conversation where id = ?").param(m.conversationId().value())
                    .query(UUID.class).optional()
                    .orElseThrow(ConversationNotFoundException::new);
            int rows = jdbc.sql("with stored as (insert into message (id, conversation_id, role, sealed, reply_to,"
                            + " created_at) select ?, c.id, ?, ?, null, ? from conversation c"
                            + " where c.id = ? and c.owner_id = ? returning conversation_id, created_at)"
                            + " update conversation set updated_at = stored.created_at from stored"
                            + " where conversation.id = stored.conversation_id")
                    .params(m.id(), m.role().dbValue(), seal(owner, m), ts(m.createdAt()), m.conversationId().value(),
                            owner)
                    .update();
            if (rows == 1) {
                return;
            }
        }
        throw new IllegalStateException("the conversation kept changing owner while an adviser's reply was stored");
    }

    public Optional<Message> findReplyTo(UUID messageId) {
        return jdbc.sql(MESSAGE_COLUMNS + " where m.reply_to = ?").param(messageId).query(this::message).optional();
    }

    /** The conversation's messages if it belongs to {@code owner}; empty if it does not, or has none. */
    public List<Message> messagesIfOwned(ConversationId id, OwnerId owner) {
        return jdbc.sql(MESSAGE_COLUMNS + " where c.id = ? and c.owner_id = ? order by m.seq")
                .params(id.value(), owner.value())
                .query(this::message)
                .list();
    }

    public void delete(ConversationId id) {
        jdbc.sql("delete from conversation where id = ?").param(id.value()).update();
    }

    /** Deletes every conversation of the owner, and with them their messages. Returns how many rows went. */
    int deleteByOwner(OwnerId owner) {
        int messages = jdbc.sql("select count(*) from message m join conversation c on c.id = m.conversation_id"
                        + " where c.owner_id = ?")
                .param(owner.value())
                .query(Integer.class)
                .single();
        int conversations = jdbc.sql("delete from conversation where owner_id = ?").param(owner.value()).update();
        return conversations + messages;
    }

    /** Deletes conversations with no activity since the cutoff. Returns how many conversations went. */
    int deleteIdleSince(Instant cutoff) {
        return jdbc.sql("delete from conversation where updated_at < ?").param(ts(cutoff)).update();
    }

    private byte[] seal(UUID owner, Message m) {
        return cipher.seal(owner, json.writeValueAsString(new SealedBody(m.text(), m.cards(), m.author())));
    }

    private static Conversation conversation(ResultSet rs, int row) throws SQLException {
        return new Conversation(
                new ConversationId(rs.getObject("id", UUID.class)),
                new OwnerId(rs.getObject("owner_id", UUID.class)),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private Message message(ResultSet rs, int row) throws SQLException {
        byte[] sealed = rs.getBytes("sealed");
        SealedBody body = sealed == null
                ? new SealedBody(rs.getString("text"), json.readValue(rs.getString("cards"), CARDS), null)
                : json.readValue(cipher.open(rs.getObject("owner_id", UUID.class), sealed), SealedBody.class);
        return new Message(
                rs.getObject("id", UUID.class),
                new ConversationId(rs.getObject("conversation_id", UUID.class)),
                Role.fromDb(rs.getString("role")),
                body.text(),
                rs.getObject("reply_to", UUID.class),
                body.cards(),
                rs.getTimestamp("created_at").toInstant(),
                body.author());
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    /** What is sealed for each message; {@code author} only for an adviser's reply. */
    record SealedBody(String text, List<Card> cards, @org.jspecify.annotations.Nullable String author) {
        SealedBody {
            cards = cards == null ? List.of() : List.copyOf(cards);
        }
    }
}
