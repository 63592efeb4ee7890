package uk.gov.signpost.appointments;

import org.springframework.http.HttpStatus;
import uk.gov.signpost.platform.SignpostException;

/** The person already has as many upcoming bookings as one person may hold. Maps to 409. */
public class AppointmentLimitException extends SignpostException {

    public AppointmentLimitException(int limit) {
        super("appointment_limit", "You already have " + limit + " upcoming bookings. Move or cancel one first");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }
}
