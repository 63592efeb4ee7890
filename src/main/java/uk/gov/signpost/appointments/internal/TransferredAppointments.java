package uk.gov.signpost.appointments.internal;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.gov.signpost.conversation.ConversationTransferred;
import uk.gov.signpost.platform.PersonalDataCipher;

/**
 * Appointments follow their owner's conversation to its new owner, as the owner's memory does: when someone who
 * booked a call-back without signing in then signs in (or resumes with a "continue later" link), the booking shows
 * among their appointments and they can move or cancel it. The confirmation address is re-sealed under the new
 * owner's data key. It runs inside the transfer's transaction, so a transfer moves everything or nothing.
 */
@Component
class TransferredAppointments {

    private static final Logger log = LoggerFactory.getLogger(TransferredAppointments.class);

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    TransferredAppointments(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @EventListener
    void on(ConversationTransferred transferred) {
        UUID from = transferred.from().value();
        UUID to = transferred.to().value();
        List<Object[]> rows = jdbc.sql("select id, contact_sealed from appointment where owner_id = ? for update")
                .param(from)
                .query((rs, row) -> new Object[] {rs.getObject(1, UUID.class), rs.getBytes(2)})
                .list();
        for (Object[] row : rows) {
            byte[] sealed = (byte[]) row[1];
            jdbc.sql("update appointment set owner_id = ?, contact_sealed = ? where id = ?")
                    .params(to, sealed == null ? null : cipher.reseal(from, to, sealed), row[0])
                    .update();
        }
        if (!rows.isEmpty()) {
            log.info("event=appointments_transferred conversation={} count={}", transferred.conversationId(),
                    rows.size());
        }
    }
}
