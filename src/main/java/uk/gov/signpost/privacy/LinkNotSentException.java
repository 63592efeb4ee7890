package uk.gov.signpost.privacy;

import org.springframework.http.HttpStatus;
import uk.gov.signpost.platform.SignpostException;

/** GOV.UK Notify is not set up, or could not send the link. Maps to 503; the person can try again later. */
public class LinkNotSentException extends SignpostException {

    public LinkNotSentException() {
        super("link_not_sent", "Sorry, we could not send the link. Try again later.");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.SERVICE_UNAVAILABLE;
    }
}
