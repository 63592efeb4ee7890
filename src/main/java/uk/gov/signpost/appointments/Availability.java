package uk.gov.signpost.appointments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.signpost.platform.InvalidFieldException;
import uk.gov.signpost.platform.NotFoundException;
import uk.gov.signpost.privacy.AuditEvent;
import uk.gov.signpost.privacy.AuditLog;

/** Caseworkers' published times: adding a slot, listing them, and withdrawing one nobody has booked. */
@Service
public class Availability {

    static final String SELECT = "select s.id, s.kind, s.starts_at, s.minutes, s.staff_subject, s.place,"
            + " exists (select 1 from appointment a where a.slot_id = s.id and a.status = 'booked')"
            + " from appointment_slot s where s.withdrawn_at is null";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final AuditLog audit;

    Availability(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, AuditLog audit) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * Publishes a free time.
     *
     * @param actor the audit actor, such as {@code staff:SUBJECT}
     * @throws InvalidFieldException if it is in the past, or an appointment in person has no place
     */
    public Slot publish(String staffSubject, String actor, AppointmentKind kind, Instant startsAt, int minutes,
            @Nullable String place) {
        if (!startsAt.isAfter(clock.instant())) {
            throw new InvalidFieldException("slot_in_past", "starts_at", "Choose a time in the future");
        }
        if (minutes < 5 || minutes > 240) {
            throw new InvalidFieldException("slot_length_invalid", "minutes", "A slot lasts 5 to 240 minutes");
        }
        String where = place == null || place.isBlank() ? null : place.strip();
        if (kind == AppointmentKind.IN_PERSON && where == null) {
            throw new InvalidFieldException("place_required", "place", "Enter where the appointment is");
        }
        if (where != null && where.length() > 200) {
            throw new InvalidFieldException("place_too_long", "place", "Place must be 200 characters or fewer");
        }
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("insert into appointment_slot (id, kind, starts_at, minutes, staff_subject, place, created_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, kind.code(), Timestamp.from(startsAt), minutes, staffSubject,
                            kind == AppointmentKind.IN_PERSON ? where : null, Timestamp.from(clock.instant()))
                    .update();
            audit.append(new AuditEvent("availability_published", null, actor,
                    Map.of("slot", id.toString(), "kind", kind.code())));
        });
        return slot(id);
    }

    /** The member of staff's slots from now on, soonest first, with whether each is booked. */
    public List<Slot> upcoming(String staffSubject) {
        return jdbc.sql(SELECT + " and s.staff_subject = ? and s.starts_at >= ? order by s.starts_at, s.id")
                .params(staffSubject, Timestamp.from(clock.instant()))
                .query(Availability::slot).list();
    }

    /** Every slot from now on, for supervisors planning cover. */
    public List<Slot> allUpcoming() {
        return jdbc.sql(SELECT + " and s.starts_at >= ? order by s.starts_at, s.id")
                .param(Timestamp.from(clock.instant()))
                .query(Availability::slot).list();
    }

    /**
     * Withdraws a slot nobody has booked. The slot's row is locked first, as a booking locks it, so a withdrawal
     * and a booking of the same slot never both succeed.
     *
     * @throws SlotTakenException if it is booked
     */
    public void withdraw(UUID slotId, String staffSubject, boolean anyones, String actor) {
        transactions.executeWithoutResult(status -> {
            String owner = jdbc.sql("select staff_subject from appointment_slot where id = ? and withdrawn_at is null"
                            + " for update")
                    .param(slotId).query(String.class).optional()
                    .orElseThrow(() -> new NotFoundException("slot_not_found", "There is no such time"));
            if (!anyones && !owner.equals(staffSubject)) {
                throw new NotFoundException("slot_not_found", "There is no such time");
            }
            boolean booked = jdbc.sql("select exists (select 1 from appointment where slot_id = ? and status = 'booked')")
                    .param(slotId).query(Boolean.class).single();
            if (booked) {
                throw new SlotTakenException();
            }
            jdbc.sql("update appointment_slot set withdrawn_at = ? where id = ?")
                    .params(Timestamp.from(clock.instant()), slotId).update();
            audit.append(new AuditEvent("availability_withdrawn", null, actor, Map.of("slot", slotId.toString())));
        });
    }

    private Slot slot(UUID id) {
        return jdbc.sql(SELECT + " and s.id = ?").param(id).query(Availability::slot).single();
    }

    static Slot slot(ResultSet rs, int row) throws SQLException {
        return new Slot(rs.getObject(1, UUID.class), AppointmentKind.fromCode(rs.getString(2)).orElseThrow(),
                rs.getTimestamp(3).toInstant(), rs.getInt(4), rs.getString(5), rs.getString(6), rs.getBoolean(7));
    }
}
