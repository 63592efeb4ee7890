package uk.gov.signpost.agent;

/** A tool was called with arguments it cannot use. The message is returned to the model so it can try again. */
public class ToolInputException extends RuntimeException {

    public ToolInputException(String message) {
        super(message);
    }
}
