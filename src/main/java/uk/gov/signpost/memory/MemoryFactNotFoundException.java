package uk.gov.signpost.memory;

import uk.gov.signpost.platform.NotFoundException;

/** The fact does not exist, or belongs to someone else (the two look the same). */
public class MemoryFactNotFoundException extends NotFoundException {

    public MemoryFactNotFoundException() {
        super("memory_fact_not_found", "There is no remembered fact with that id.");
    }
}
