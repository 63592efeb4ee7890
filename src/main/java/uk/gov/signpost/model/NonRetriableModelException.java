package uk.gov.signpost.model;

/** A failure that will not pass by itself: a bad request, a bad key, a refused model. */
public class NonRetriableModelException extends ModelException {

    public NonRetriableModelException(String message, Throwable cause) {
        super(message, cause);
    }

    public NonRetriableModelException(String message) {
        super(message);
    }
}
