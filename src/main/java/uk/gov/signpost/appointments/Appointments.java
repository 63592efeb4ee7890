package uk.gov.signpost.appointments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import uk.gov.signpost.appointments.internal.ConfirmationSender;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.model.Language;
import uk.gov.signpost.platform.NotFoundException;
import uk.gov.signpost.platform.PersonalDataCipher;
import uk.gov.signpost.privacy.AuditEvent;
import uk.gov.signpost.privacy.AuditLog;

/**
 * A person's bookings: free times to choose from, booking one, and seeing, moving or cancelling their own. Every
 * method that takes an owner acts only on that owner's bookings; someone else's id is "not found".
 *
 * <p>No slot is booked twice: the database holds at most one live booking per slot (a partial unique index), so a
 * booking or a move that loses a race on any instance fails with {@link SlotTakenException}. The slot's row is
 * locked first, which also keeps a caseworker from withdrawing a slot while it is being booked.
 */
@Service
public class Appointments {

    private static final Logger log = LoggerFactory.getLogger(Appointments.class);
    static final String SELECT = "select a.id, a.slot_id, s.kind, s.starts_at, s.minutes, s.place, a.status,"
            + " a.conversation_id, a.contact_channel from appointment a join appointment_slot s on s.id = a.slot_id";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final PersonalDataCipher cipher;
    private final AuditLog audit;
    private final ConfirmationSender confirmations;
    private final AppointmentsProperties properties;

    Appointments(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, PersonalDataCipher cipher,
            AuditLog audit, ConfirmationSender confirmations, AppointmentsProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.cipher = cipher;
        this.audit = audit;
        this.confirmations = confirmations;
        this.properties = properties;
    }

    /** Free slots of the kind, soonest first, that start far enough ahead to be booked. */
    public List<Slot> freeSlots(AppointmentKind kind, int limit) {
        return jdbc.sql("select s.id, s.kind, s.starts_at, s.minutes, s.staff_subject, s.place, false"
                        + " from appointment_slot s where s.kind = ? and s.starts_at >= ? and s.withdrawn_at is null"
                        + " and not exists"
                        + " (select 1 from appointment a where a.slot_id = s.id and a.status = 'booked')"
                        + " order by s.starts_at, s.id limit ?")
                .params(kind.code(), Timestamp.from(earliestBookable()), limit)
                .query(Availability::slot)
                .list();
    }

    /** The slot, if it exists. */
    public Optional<Slot> slot(UUID id) {
        return jdbc.sql(Availability.SELECT + " and s.id = ?").param(id).query(Availability::slot).optional();
    }

    /**
     * Books the slot for the person and sends the confirmation, if they gave an address.
     *
     * @throws SlotTakenException if the slot is already booked, withdrawn or too soon
     * @throws AppointmentLimitException if the person holds too many upcoming bookings
     */
    public Appointment book(OwnerId owner, UUID slotId, @Nullable UUID conversation, @Nullable Contact contact,
            Language language) {
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            lockBookableSlot(slotId);
            int upcoming = jdbc.sql("select count(*) from appointment a join appointment_slot s on s.id = a.slot_id"
                            + " where a.owner_id = ? and a.status = 'booked' and s.starts_at > ?")
                    .params(owner.value(), Timestamp.from(clock.instant()))
                    .query(Integer.class).single();
            if (upcoming >= properties.maxUpcomingPerPerson()) {
                throw new AppointmentLimitException(properties.maxUpcomingPerPerson());
            }
            Timestamp now = Timestamp.from(clock.instant());
            try {
                jdbc.sql("insert into appointment (id, slot_id, owner_id, conversation_id, status, contact_channel,"
                                + " contact_sealed, booked_at, changed_at, language)"
                                + " values (?, ?, ?, ?, 'booked', ?, ?, ?, ?, ?)")
                        .params(id, slotId, owner.value(), conversation, contact == null ? null : contact.channel(),
                                contact == null ? null : cipher.seal(owner.value(), contact.address()), now, now,
                                language.tag())
                        .update();
            } catch (DuplicateKeyException taken) {
                throw new SlotTakenException();
            }
            audit.append(new AuditEvent("appointment_booked", owner.value(), "person",
                    Map.of("appointment", id.toString(), "slot", slotId.toString())));
        });
        log.info("event=appointment_booked appointment={} slot={}", id, slotId);
        Appointment booked = get(owner, id);
        confirm(owner, booked, "booked");
        return booked;
    }

    /** The person's bookings, soonest first, cancelled ones included. */
    public List<Appointment> mine(OwnerId owner) {
        return jdbc.sql(SELECT + " where a.owner_id = ? order by s.starts_at, a.id").param(owner.value())
                .query(Appointments::appointment).list();
    }

    /** One of the person's bookings. */
    public Appointment get(OwnerId owner, UUID id) {
        return jdbc.sql(SELECT + " where a.id = ? and a.owner_id = ?").params(id, owner.value())
                .query(Appointments::appointment).optional()
                .orElseThrow(Appointments::notFound);
    }

    /**
     * Moves a live booking to another free slot, in one statement, so the old slot is freed exactly when the new
     * one is taken.
     *
     * @throws SlotTakenException if the new slot is not free
     * @throws AppointmentCancelledException if the booking was cancelled (perhaps a moment ago, on another device)
     */
    public Appointment move(OwnerId owner, UUID id, UUID newSlot) {
        Appointment before = get(owner, id);
        if (before.slotId().equals(newSlot)) {
            return before;
        }
        transactions.executeWithoutResult(status -> {
            lockBookableSlot(newSlot);
            int moved;
            try {
                moved = jdbc.sql("update appointment set slot_id = ?, changed_at = ?, reminded_at = null where id = ?"
                                + " and owner_id = ? and status = 'booked'")
                        .params(newSlot, Timestamp.from(clock.instant()), id, owner.value())
                        .update();
            } catch (DuplicateKeyException taken) {
                throw new SlotTakenException();
            }
            if (moved == 0) {
                throw new AppointmentCancelledException();
            }
            audit.append(new AuditEvent("appointment_moved", owner.value(), "person",
                    Map.of("appointment", id.toString(), "slot", newSlot.toString())));
        });
        log.info("event=appointment_moved appointment={} slot={}", id, newSlot);
        Appointment after = get(owner, id);
        confirm(owner, after, "moved");
        return after;
    }

    /** Cancels a live booking, freeing its slot. Cancelling one already cancelled changes nothing. */
    public Appointment cancel(OwnerId owner, UUID id) {
        get(owner, id);
        int cancelled = transactions.execute(status -> {
            int rows = jdbc.sql("update appointment set status = 'cancelled', changed_at = ? where id = ?"
                            + " and owner_id = ? and status = 'booked'")
                    .params(Timestamp.from(clock.instant()), id, owner.value())
                    .update();
            if (rows > 0) {
                audit.append(new AuditEvent("appointment_cancelled", owner.value(), "person",
                        Map.of("appointment", id.toString())));
            }
            return rows;
        });
        Appointment after = get(owner, id);
        if (cancelled > 0) {
            log.info("event=appointment_cancelled appointment={}", id);
            confirm(owner, after, "cancelled");
        }
        return after;
    }

    /** The first moment a slot may start and still be booked. */
    public Instant earliestBookable() {
        return clock.instant().plus(properties.minimumNotice());
    }

    private void lockBookableSlot(UUID slotId) {
        Optional<Instant> startsAt = jdbc.sql("select starts_at from appointment_slot where id = ?"
                        + " and withdrawn_at is null for update")
                .param(slotId)
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .optional();
        if (startsAt.isEmpty()) {
            throw new NotFoundException("slot_not_found", "There is no such time");
        }
        if (startsAt.get().isBefore(earliestBookable())) {
            throw new SlotTakenException();
        }
    }

    /** Sends the confirmation after the change is committed; a failure to send never undoes the change. */
    private void confirm(OwnerId owner, Appointment appointment, String change) {
        if (appointment.confirmationChannel() == null) {
            return;
        }
        Map<String, Object> row = jdbc.sql("select contact_sealed, language from appointment where id = ?")
                .param(appointment.id()).query().singleRow();
        try {
            String address = cipher.open(owner.value(), (byte[]) row.get("contact_sealed"));
            confirmations.send(new Contact(appointment.confirmationChannel(), address), appointment, change,
                    Language.ofTag((String) row.get("language")));
        } catch (RuntimeException e) {
            log.warn("event=appointment_confirmation_failed appointment={} error={}", appointment.id(),
                    e.getClass().getSimpleName());
        }
    }

    static NotFoundException notFound() {
        return new NotFoundException("appointment_not_found", "There is no such booking");
    }

    static Appointment appointment(ResultSet rs, int row) throws SQLException {
        return new Appointment(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                AppointmentKind.fromCode(rs.getString(3)).orElseThrow(), rs.getTimestamp(4).toInstant(), rs.getInt(5),
                rs.getString(6), rs.getString(7), rs.getObject(8, UUID.class), rs.getString(9));
    }
}
