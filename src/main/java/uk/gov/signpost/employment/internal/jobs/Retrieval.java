package uk.gov.signpost.employment.internal.jobs;

import java.util.List;

/**
 * The candidates found, and how many adverts matched: exactly when {@code exact}, otherwise at least {@code total}
 * (counting stops once the window is full, so that a search matching most of a large index stays fast).
 */
record Retrieval(long total, boolean exact, List<Candidate> candidates) {

    Retrieval {
        candidates = List.copyOf(candidates);
    }
}
