package uk.gov.signpost.appointments;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.gov.signpost.appointments.internal.ConfirmationSender;
import uk.gov.signpost.model.Language;
import uk.gov.signpost.platform.PersonalDataCipher;

/**
 * Sends a reminder through GOV.UK Notify a set time before each booking (a day, by default), to the address the
 * person gave for the confirmation, with the same template and the change "reminder". A booking made or moved after
 * that point gets none: its confirmation is recent. Moving a booking clears its reminder, so the new time gets one.
 *
 * <p>Every instance looks every few minutes; one statement marks the due bookings as reminded and returns them, so
 * with any number of instances each reminder goes out at most once. A reminder Notify refuses is logged and not
 * tried again: a late or repeated reminder is worse than none, and the confirmation already went out.
 */
@Component
class AppointmentReminders {

    private static final Logger log = LoggerFactory.getLogger(AppointmentReminders.class);

    private final JdbcClient jdbc;
    private final ConfirmationSender sender;
    private final PersonalDataCipher cipher;
    private final AppointmentsProperties properties;
    private final Clock clock;

    AppointmentReminders(JdbcClient jdbc, ConfirmationSender sender, PersonalDataCipher cipher,
            AppointmentsProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.cipher = cipher;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${signpost.appointments.reminder-check:5m}",
            initialDelayString = "${signpost.appointments.reminder-check:5m}")
    void onSchedule() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            log.warn("event=appointment_reminders_failed error={}", e.getClass().getSimpleName());
        }
    }

    /** Sends the reminders that are due now; returns how many Notify accepted. */
    int sendDue() {
        if (properties.reminderLead().isZero() || !(sender.available("email") || sender.available("sms"))) {
            return 0;
        }
        Instant now = clock.instant();
        long leadSeconds = properties.reminderLead().toSeconds();
        List<Due> due = jdbc.sql("update appointment a set reminded_at = ? from appointment_slot s"
                        + " where s.id = a.slot_id and a.status = 'booked' and a.reminded_at is null"
                        + " and a.contact_sealed is not null and s.starts_at > ?"
                        + " and s.starts_at <= ?"
                        + " and a.changed_at < s.starts_at - make_interval(secs => ?::double precision)"
                        + " returning a.id, a.owner_id, a.contact_channel, a.contact_sealed, a.language")
                .params(Timestamp.from(now), Timestamp.from(now), Timestamp.from(now.plusSeconds(leadSeconds)),
                        leadSeconds)
                .query((rs, row) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getBytes(4), rs.getString(5)))
                .list();
        int sent = 0;
        for (Due reminder : due) {
            try {
                Appointment appointment = jdbc.sql(Appointments.SELECT + " where a.id = ?").param(reminder.id())
                        .query(Appointments::appointment).single();
                sender.send(new Contact(reminder.channel(), cipher.open(reminder.owner(), reminder.sealed())),
                        appointment, "reminder", Language.ofTag(reminder.language()));
                sent++;
            } catch (RuntimeException e) {
                log.warn("event=appointment_reminder_failed appointment={} error={}", reminder.id(),
                        e.getClass().getSimpleName());
            }
        }
        if (!due.isEmpty()) {
            log.info("event=appointment_reminders due={} sent={}", due.size(), sent);
        }
        return sent;
    }

    private record Due(UUID id, UUID owner, String channel, byte[] sealed, String language) {}
}
