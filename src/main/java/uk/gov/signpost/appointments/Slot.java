package uk.gov.signpost.appointments;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A time a caseworker has published.
 *
 * @param place where an appointment in person happens (an office's name and address); none for call-backs
 * @param booked whether a live booking holds it
 */
public record Slot(UUID id, AppointmentKind kind, Instant startsAt, int minutes, String staffSubject,
        @Nullable String place, boolean booked) {

    public Slot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(staffSubject, "staffSubject");
        if (minutes < 5 || minutes > 240) {
            throw new IllegalArgumentException("A slot lasts between 5 and 240 minutes");
        }
    }
}
