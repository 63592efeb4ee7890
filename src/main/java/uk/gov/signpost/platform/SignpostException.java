package uk.gov.signpost.platform;

import org.springframework.http.HttpStatus;

/**
 * A failure that the person can act on. Each subclass carries a stable {@code code} that clients may rely on,
 * and a message written for the person, with no internals in it. The web layer turns it into
 * {@code application/problem+json}.
 */
public abstract class SignpostException extends RuntimeException {

    private final String code;

    protected SignpostException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable, lower-case identifier such as {@code message_too_long}. */
    public String code() {
        return code;
    }

    /** The HTTP status this failure maps to. */
    public abstract HttpStatus status();
}
