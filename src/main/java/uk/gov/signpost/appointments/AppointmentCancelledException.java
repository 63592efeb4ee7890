package uk.gov.signpost.appointments;

import org.springframework.http.HttpStatus;
import uk.gov.signpost.platform.SignpostException;

/** The booking was cancelled, so it cannot be moved. Maps to 409. */
public class AppointmentCancelledException extends SignpostException {

    public AppointmentCancelledException() {
        super("appointment_cancelled", "This booking has been cancelled. Book a new time instead");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }
}
