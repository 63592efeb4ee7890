package uk.gov.signpost.agent;

import java.time.Duration;
import org.springframework.http.HttpStatus;
import uk.gov.signpost.platform.SignpostException;

/**
 * The message is stored and a turn (perhaps on another instance) is still answering it. Maps to 409 with
 * {@code Retry-After}: send the same message id again, or read the conversation, to get the reply.
 */
public class ReplyInProgressException extends SignpostException {

    /** How long a client should wait before it asks again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    public ReplyInProgressException() {
        super("reply_in_progress", "We are still replying to this message. Try again in a few seconds");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }
}
