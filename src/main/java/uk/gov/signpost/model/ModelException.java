package uk.gov.signpost.model;

/** A model could not answer. See the two subclasses for whether trying again can help. */
public abstract class ModelException extends RuntimeException {

    protected ModelException(String message, Throwable cause) {
        super(message, cause);
    }

    protected ModelException(String message) {
        super(message);
    }
}
