package uk.gov.signpost.appointments.internal;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.signpost.platform.ExpiringPersonalData;

/**
 * Deletes bookings, with their sealed addresses, once the appointment is further in the past than the
 * conversations period: a booking is part of the conversation that made it, and goes on the same rule.
 */
@Component
class AppointmentRetention implements ExpiringPersonalData {

    private final JdbcClient jdbc;

    AppointmentRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String area() {
        return "conversations";
    }

    @Override
    @Transactional
    public int deleteOlderThan(Instant cutoff) {
        return jdbc.sql("delete from appointment a using appointment_slot s where s.id = a.slot_id and s.starts_at < ?")
                .param(Timestamp.from(cutoff))
                .update();
    }
}
