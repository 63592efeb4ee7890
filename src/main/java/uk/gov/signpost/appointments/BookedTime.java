package uk.gov.signpost.appointments;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A booked slot as the caseworker who takes it sees it: the time, the conversation it was booked from, and where
 * to reach the person (for a phone call-back, the number to call). Seeing it is audited.
 *
 * @param contactChannel {@code email} or {@code sms}, when the person gave an address
 * @param contactAddress the address, opened for this view only
 */
public record BookedTime(Slot slot, UUID appointmentId, @Nullable UUID conversationId, @Nullable String contactChannel,
        @Nullable String contactAddress) {

    public BookedTime {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(appointmentId, "appointmentId");
    }
}
