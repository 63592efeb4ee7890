package uk.gov.signpost.handoff;

import uk.gov.signpost.platform.NotFoundException;

/** No such handoff, or none for this conversation. Maps to 404. */
public class HandoffNotFoundException extends NotFoundException {

    public HandoffNotFoundException() {
        super("handoff_not_found", "There is no request for an adviser here");
    }
}
