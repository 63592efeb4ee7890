package uk.gov.signpost.platform;

import org.springframework.http.HttpStatus;

/** Something the caller asked for does not exist, or is not theirs to see. Maps to 404. */
public class NotFoundException extends SignpostException {

    public NotFoundException(String code, String message) {
        super(code, message);
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.NOT_FOUND;
    }
}
