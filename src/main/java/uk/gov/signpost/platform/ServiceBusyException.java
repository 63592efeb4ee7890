package uk.gov.signpost.platform;

import org.springframework.http.HttpStatus;

/** This instance is at capacity for the moment. Maps to 503 with {@code Retry-After}. */
public class ServiceBusyException extends SignpostException {

    public ServiceBusyException() {
        super("service_busy", "Signpost is very busy right now. Try again in a minute");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.SERVICE_UNAVAILABLE;
    }
}
