package uk.gov.signpost.appointments;

import java.util.Locale;
import java.util.Optional;

/** What kind of time a slot is: a phone call-back, a video call-back, or an appointment in person. */
public enum AppointmentKind {
    PHONE, VIDEO, IN_PERSON;

    /** The value stored and used in the API: {@code phone}, {@code video} or {@code in_person}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<AppointmentKind> fromCode(String code) {
        for (AppointmentKind kind : values()) {
            if (kind.code().equals(code)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
