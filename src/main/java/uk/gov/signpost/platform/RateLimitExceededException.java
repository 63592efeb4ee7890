package uk.gov.signpost.platform;

import java.time.Duration;
import org.springframework.http.HttpStatus;

/** Too many requests in the current window. Maps to 429 with {@code Retry-After}. */
public class RateLimitExceededException extends SignpostException {

    private final Duration retryAfter;

    public RateLimitExceededException(Duration retryAfter) {
        super("rate_limited", "You have sent a lot of messages in a short time. Wait a minute and try again");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.TOO_MANY_REQUESTS;
    }
}
