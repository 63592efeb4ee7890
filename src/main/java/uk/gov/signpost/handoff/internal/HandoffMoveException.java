package uk.gov.signpost.handoff.internal;

import org.springframework.http.HttpStatus;
import uk.gov.signpost.platform.SignpostException;

/** The handoff is not in a state that allows this (already taken, handed back or closed, or someone else's). */
class HandoffMoveException extends SignpostException {

    HandoffMoveException() {
        super("handoff_state_conflict", "This request for an adviser has changed. Reload the page to see where it is");
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.CONFLICT;
    }
}
