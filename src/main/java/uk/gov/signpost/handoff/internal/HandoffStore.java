package uk.gov.signpost.handoff.internal;

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
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.handoff.Handoff;
import uk.gov.signpost.handoff.HandoffStatus;
import uk.gov.signpost.handoff.Urgency;

/** Handoffs in PostgreSQL. Every move is one conditional update, so two caseworkers cannot take the same case. */
@Repository
class HandoffStore {

    private static final String COLUMNS = "select id, conversation_id, reason, urgency, opened_by, status,"
            + " transcript_consent, adviser_subject, adviser_name, created_at, taken_at, ended_at, outcome"
            + " from handoff_request";
    private static final String RANK = "case urgency when 'urgent' then 0 when 'priority' then 1 else 2 end";
    private static final String OPEN = "status in ('waiting', 'with_adviser')";

    private final JdbcClient jdbc;

    HandoffStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What {@link #open} did. */
    record Opened(Handoff handoff, boolean created, boolean consentAdded) {}

    /**
     * Opens a handoff for the conversation, or joins the one already open: that one becomes as urgent as the more
     * urgent of the two, and gains the person's consent if this request carries it.
     */
    Opened open(ConversationId conversation, String reason, Urgency urgency, String openedBy, boolean consent,
            Instant now) {
        // One statement: the open handoff as it was (every part of a statement sees the same snapshot), the insert
        // or join, and the row as it is now.
        return jdbc.sql("with before as (select transcript_consent from handoff_request where conversation_id = ?"
                        + " and " + OPEN + ")"
                        + " insert into handoff_request (id, conversation_id, reason, status, created_at, urgency,"
                        + " opened_by, transcript_consent, consent_at, updated_at)"
                        + " values (?, ?, ?, 'waiting', ?, ?, ?, ?, ?, ?)"
                        + " on conflict (conversation_id) where " + OPEN + " do update set"
                        + " urgency = case when (case excluded.urgency when 'urgent' then 0 when 'priority' then 1"
                        + " else 2 end) < (case handoff_request.urgency when 'urgent' then 0 when 'priority' then 1"
                        + " else 2 end) then excluded.urgency else handoff_request.urgency end,"
                        + " transcript_consent = handoff_request.transcript_consent or excluded.transcript_consent,"
                        + " consent_at = coalesce(handoff_request.consent_at, excluded.consent_at),"
                        + " updated_at = excluded.updated_at"
                        + " returning id, conversation_id, reason, urgency, opened_by, status, transcript_consent,"
                        + " adviser_subject, adviser_name, created_at, taken_at, ended_at, outcome,"
                        + " (xmax = 0) as inserted,"
                        + " coalesce((select transcript_consent from before), false) as consent_before")
                .params(conversation.value(), UUID.randomUUID(), conversation.value(), reason, ts(now),
                        urgency.dbValue(), openedBy, consent, consent ? ts(now) : null, ts(now))
                .query((rs, row) -> new Opened(handoff(rs, row), rs.getBoolean("inserted"),
                        consent && !rs.getBoolean("consent_before")))
                .single();
    }

    Optional<Handoff> find(UUID id) {
        return jdbc.sql(COLUMNS + " where id = ?").param(id).query(HandoffStore::handoff).optional();
    }

    Optional<Handoff> openFor(ConversationId conversation) {
        return jdbc.sql(COLUMNS + " where conversation_id = ? and " + OPEN).param(conversation.value())
                .query(HandoffStore::handoff).optional();
    }

    /** The conversation's most recent handoff, open or not. */
    Optional<Handoff> latestFor(ConversationId conversation) {
        return jdbc.sql(COLUMNS + " where conversation_id = ? order by created_at desc limit 1")
                .param(conversation.value()).query(HandoffStore::handoff).optional();
    }

    boolean heldByAdviser(ConversationId conversation) {
        return jdbc.sql("select exists (select 1 from handoff_request where conversation_id = ?"
                        + " and status = 'with_adviser')")
                .param(conversation.value()).query(Boolean.class).single();
    }

    /** Open handoffs, most urgent first, then longest waiting. */
    List<Handoff> queue() {
        return jdbc.sql(COLUMNS + " where " + OPEN + " order by " + RANK + ", created_at, id")
                .query(HandoffStore::handoff).list();
    }

    /** The handoff's place among waiting handoffs (1 is next), or empty if it is not waiting. */
    Optional<Integer> position(Handoff handoff) {
        if (handoff.status() != HandoffStatus.WAITING) {
            return Optional.empty();
        }
        int rank = handoff.urgency().ordinal();
        return Optional.of(jdbc.sql("select count(*) from handoff_request where status = 'waiting' and (" + RANK
                        + " < ? or (" + RANK + " = ? and (created_at, id) <= (?, ?)))")
                .params(rank, rank, ts(handoff.createdAt()), handoff.id())
                .query(Integer.class).single());
    }

    /** Moves the handoff from {@code from} to {@code to}; false if someone else moved it first. */
    boolean move(UUID id, HandoffStatus from, HandoffStatus to, @Nullable String adviserSubject,
            @Nullable String adviserName, @Nullable String outcome, Instant now) {
        if (!from.canMoveTo(to)) {
            return false;
        }
        return jdbc.sql("update handoff_request set status = ?, updated_at = ?,"
                        + " adviser_subject = coalesce(?, adviser_subject), adviser_name = coalesce(?, adviser_name),"
                        + " taken_at = case when ? = 'with_adviser' then ? else taken_at end,"
                        + " ended_at = case when ? in ('handed_back', 'closed') then ? else ended_at end,"
                        + " outcome = coalesce(?, outcome)"
                        + " where id = ? and status = ?")
                .params(to.dbValue(), ts(now), adviserSubject, adviserName, to.dbValue(), ts(now), to.dbValue(),
                        ts(now), outcome, id, from.dbValue())
                .update() == 1;
    }

    private static Handoff handoff(ResultSet rs, int row) throws SQLException {
        return new Handoff(rs.getObject("id", UUID.class),
                new ConversationId(rs.getObject("conversation_id", UUID.class)),
                rs.getString("reason"),
                Urgency.fromDb(rs.getString("urgency")),
                rs.getString("opened_by"),
                HandoffStatus.fromDb(rs.getString("status")),
                rs.getBoolean("transcript_consent"),
                rs.getString("adviser_subject"),
                rs.getString("adviser_name"),
                rs.getTimestamp("created_at").toInstant(),
                instant(rs.getTimestamp("taken_at")),
                instant(rs.getTimestamp("ended_at")),
                rs.getString("outcome"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static @Nullable Timestamp ts(@Nullable Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
