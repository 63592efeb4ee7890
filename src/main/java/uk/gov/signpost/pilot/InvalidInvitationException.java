package uk.gov.signpost.pilot;

import org.springframework.http.HttpStatus;
import uk.gov.signpost.platform.SignpostException;

/** The invitation code does not match any cohort. Maps to 400. */
public class InvalidInvitationException extends SignpostException {

    public InvalidInvitationException() {
        super("invalid_invitation", "Enter the invitation code exactly as it was given to you");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }
}
