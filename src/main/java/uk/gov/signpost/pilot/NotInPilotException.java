package uk.gov.signpost.pilot;

import org.springframework.http.HttpStatus;
import uk.gov.signpost.platform.SignpostException;

/** The person is not in a pilot cohort. Maps to 403; pages show the existing services instead. */
public class NotInPilotException extends SignpostException {

    public NotInPilotException() {
        super("not_in_pilot", "Signpost is only open to people taking part in the pilot. Use the services listed on"
                + " this page instead, or enter an invitation code if you have one");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.FORBIDDEN;
    }
}
