package uk.gov.signpost.platform;

import org.springframework.http.HttpStatus;

/** Input that is well formed but breaks a rule, for one named field. Maps to 422. */
public class InvalidFieldException extends SignpostException {

    private final String field;

    public InvalidFieldException(String code, String field, String message) {
        super(code, message);
        this.field = field;
    }

    /** The request field at fault, as the client named it (for example {@code years_service}). */
    public String field() {
        return field;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.UNPROCESSABLE_CONTENT;
    }
}
