package uk.gov.signpost.web.internal;

import org.springframework.http.HttpStatus;
import uk.gov.signpost.platform.SignpostException;

/** No session, or one we did not issue. Maps to 401. */
class NotSignedInException extends SignpostException {

    NotSignedInException() {
        super("session_required", "Start a conversation first, or send the token you were given");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.UNAUTHORIZED;
    }
}
