package uk.gov.signpost.agent;

import org.springframework.http.HttpStatus;
import uk.gov.signpost.platform.SignpostException;

/** Asked to finish a turn that has already been answered. Maps to 409. */
public class NothingToAnswerException extends SignpostException {

    public NothingToAnswerException() {
        super("nothing_to_answer", "Every message in this conversation already has a reply");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }
}
