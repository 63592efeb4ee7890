package uk.gov.signpost.pilot;

import org.springframework.http.HttpStatus;
import uk.gov.signpost.platform.SignpostException;

/** The service's kill switch is on. Maps to 503; pages show the existing services instead. */
public class ServiceOffException extends SignpostException {

    public ServiceOffException() {
        super("service_off", "Signpost is switched off for now. Use the services listed on this page instead");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.SERVICE_UNAVAILABLE;
    }
}
