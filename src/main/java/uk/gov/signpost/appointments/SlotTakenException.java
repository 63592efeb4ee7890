package uk.gov.signpost.appointments;

import org.springframework.http.HttpStatus;
import uk.gov.signpost.platform.SignpostException;

/** Somebody else booked the slot first (or it was withdrawn). Maps to 409. */
public class SlotTakenException extends SignpostException {

    public SlotTakenException() {
        super("slot_taken", "That time has just been booked by someone else. Choose another time");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }
}
