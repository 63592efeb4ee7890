package uk.gov.signpost.appointments;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A person's booking, with the slot it holds.
 *
 * @param status {@code booked} or {@code cancelled}
 * @param confirmationChannel {@code email} or {@code sms} when the person gave an address for confirmations; the
 *     address itself is sealed and never leaves this module except to GOV.UK Notify and the person's own export
 */
public record Appointment(UUID id, UUID slotId, AppointmentKind kind, Instant startsAt, int minutes,
        @Nullable String place, String status, @Nullable UUID conversationId, @Nullable String confirmationChannel) {

    public Appointment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slotId, "slotId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(status, "status");
    }

    public boolean live() {
        return status.equals("booked");
    }
}
