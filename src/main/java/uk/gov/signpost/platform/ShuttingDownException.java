package uk.gov.signpost.platform;

import org.springframework.http.HttpStatus;

/**
 * This instance is shutting down and takes no new turns; another instance will. Maps to 503 with
 * {@code Retry-After: 1}. Nothing was stored, so the client sends the same message (and message id) again.
 */
public class ShuttingDownException extends SignpostException {

    public ShuttingDownException() {
        super("shutting_down", "Signpost is restarting. Send your message again in a moment");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.SERVICE_UNAVAILABLE;
    }
}
