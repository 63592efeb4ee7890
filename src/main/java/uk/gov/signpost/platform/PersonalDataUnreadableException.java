package uk.gov.signpost.platform;

import org.springframework.http.HttpStatus;

/**
 * Sealed personal data could not be opened: the person's key has been destroyed (they erased their data) or the
 * value does not belong to them or was altered. Maps to 410, since the data is gone for good.
 */
public class PersonalDataUnreadableException extends SignpostException {

    public PersonalDataUnreadableException() {
        super("personal_data_unreadable", "This information has been deleted.");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.GONE;
    }
}
