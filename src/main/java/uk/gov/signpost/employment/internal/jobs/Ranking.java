package uk.gov.signpost.employment.internal.jobs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Orders candidates. Relevance is the BM25 score scaled so the best word match is 1, blended (3 to 1) with how close
 * the title is in meaning once embeddings are ready: MiniLM cosine similarity, scaled from 0.4 to 0.9 onto 0 to 1.
 * Meaning weighs less than words because MiniLM on short job titles leans on shared words too ("prison officer" is
 * closer to "Administrative Officer" than to "Prison Officer - HMP Manchester"); it mostly breaks ties and finds titles
 * that share no word with the search.
 * Near a place, relevance is multiplied by a distance factor: 1 at the place, falling to 0.6 at the edge of the
 * radius, and 0.35 for adverts that match as national, remote or a whole region or nation. So a close, good match
 * comes first, and an advert that can be anywhere comes above a local one only when it matches far better (both
 * words of "administrative officer" against a local advert that shares only "officer").
 *
 * <p>With no words, every candidate is equally relevant and the order the index gave (nearest, then latest
 * closing) stands.
 */
final class Ranking {

    static final double WORDS_WEIGHT = 0.75;
    static final double MEANING_WEIGHT = 0.25;
    static final double MEANING_ZERO = 0.4;
    static final double MEANING_FULL = 0.9;
    static final double EDGE_OF_RADIUS = 0.6;
    static final double ANYWHERE = 0.35;

    private Ranking() {}

    /**
     * @param semantic whether similarities were measured
     * @param radiusMiles the search radius, or null when distance plays no part
     */
    static List<Ranked> rank(List<Candidate> candidates, boolean semantic, @Nullable Double radiusMiles) {
        float best = 0;
        for (Candidate candidate : candidates) {
            best = Math.max(best, candidate.textScore());
        }
        List<Ranked> ranked = new ArrayList<>(candidates.size());
        for (Candidate candidate : candidates) {
            double relevance = relevance(candidate, best, semantic);
            ranked.add(new Ranked(candidate, relevance * place(candidate, radiusMiles)));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
        return ranked;
    }

    private static double relevance(Candidate candidate, float best, boolean semantic) {
        if (best == 0 && !semantic) {
            return 1;
        }
        double words = best == 0 ? 0 : candidate.textScore() / best;
        if (!semantic) {
            return words;
        }
        double similarity = Double.isNaN(candidate.similarity()) ? 0 : candidate.similarity();
        double meaning = Math.max(0, Math.min(1, (similarity - MEANING_ZERO) / (MEANING_FULL - MEANING_ZERO)));
        return WORDS_WEIGHT * words + MEANING_WEIGHT * meaning;
    }

    private static double place(Candidate candidate, @Nullable Double radiusMiles) {
        if (radiusMiles == null) {
            return 1;
        }
        double distance = candidate.distanceMiles();
        if (Double.isNaN(distance) || distance > radiusMiles) {
            return ANYWHERE;
        }
        return 1 - (1 - EDGE_OF_RADIUS) * distance / radiusMiles;
    }

    record Ranked(Candidate candidate, double score) {}
}
