package uk.gov.signpost.appointments.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.signpost.platform.PersonalDataCipher;
import uk.gov.signpost.platform.PersonalDataHolder;

/**
 * The person's bookings, with the sealed address for confirmations: exported with the address opened, and erased
 * with the person. Published slots hold no personal data about citizens. Retention is {@link AppointmentRetention}.
 */
@Component
class AppointmentDataHolder implements PersonalDataHolder {

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    AppointmentDataHolder(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public String area() {
        return "appointments";
    }

    @Override
    @Transactional(readOnly = true)
    public Object export(UUID person) {
        return Map.of("appointments", jdbc.sql("select a.id, s.kind, s.starts_at, s.minutes, s.place, a.status,"
                        + " a.contact_channel, a.contact_sealed, a.booked_at from appointment a"
                        + " join appointment_slot s on s.id = a.slot_id where a.owner_id = ? order by a.booked_at")
                .param(person)
                .query((rs, row) -> {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("id", rs.getObject(1, UUID.class).toString());
                    item.put("kind", rs.getString(2));
                    item.put("starts_at", rs.getTimestamp(3).toInstant().toString());
                    item.put("minutes", rs.getInt(4));
                    item.put("place", rs.getString(5));
                    item.put("status", rs.getString(6));
                    item.put("confirmation_channel", rs.getString(7));
                    byte[] sealed = rs.getBytes(8);
                    item.put("confirmation_address", sealed == null ? null : cipher.open(person, sealed));
                    item.put("booked_at", rs.getTimestamp(9).toInstant().toString());
                    return item;
                })
                .list());
    }

    @Override
    @Transactional
    public int erase(UUID person) {
        return jdbc.sql("delete from appointment where owner_id = ?").param(person).update();
    }
}
