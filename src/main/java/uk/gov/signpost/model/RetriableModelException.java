package uk.gov.signpost.model;

/**
 * A failure that may pass: rate limited (429), overloaded (529), a server error (5xx), a timeout or a dropped
 * connection. The agent fails over to offline mode for the turn and the circuit breaker counts it.
 */
public class RetriableModelException extends ModelException {

    public RetriableModelException(String message, Throwable cause) {
        super(message, cause);
    }

    public RetriableModelException(String message) {
        super(message);
    }
}
