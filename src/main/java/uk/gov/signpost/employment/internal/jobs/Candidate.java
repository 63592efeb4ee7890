package uk.gov.signpost.employment.internal.jobs;

/**
 * One advert that may be shown.
 *
 * @param textScore its BM25 score, 0 when the words did not match it
 * @param similarity cosine similarity of its title to the search, NaN when not measured
 * @param distanceMiles to its nearest place with coordinates, NaN when it has none or no place was searched
 */
record Candidate(int doc, float textScore, double similarity, double distanceMiles) {

    static final class Builder {
        final int doc;
        float textScore;
        double similarity = Double.NaN;
        double distanceMiles = Double.NaN;

        Builder(int doc) {
            this.doc = doc;
        }

        Candidate build() {
            return new Candidate(doc, textScore, similarity, distanceMiles);
        }
    }
}
