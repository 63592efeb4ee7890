package uk.gov.signpost.safety.internal;

import uk.gov.signpost.model.TextEmbedder;

/**
 * The learnt crisis layer: a logistic regression ({@link LogisticModel}) over the MiniLM embedding of the normalised
 * message, trained on the repository's crisis sets and ordinary employment messages (see {@code docs/safety.md} for
 * the command). Flags at {@link #THRESHOLD}, chosen on its training run's development fold (one text in five, not trained on) to keep false positives
 * low: on that fold it found 90% of crises and flagged 2 of 94 other messages.
 */
final class CrisisClassifier {

    static final String RESOURCE = "/safety/crisis-classifier.txt";
    static final double THRESHOLD = 0.7;

    private final TextEmbedder embedder;
    private final LogisticModel model;

    CrisisClassifier(TextEmbedder embedder) {
        this(embedder, LogisticModel.load(RESOURCE));
    }

    CrisisClassifier(TextEmbedder embedder, LogisticModel model) {
        this.embedder = embedder;
        this.model = model;
    }

    /** The text as the classifier reads it: the crisis rules' normal form (text-speak spelt out, no accents). */
    static String prepare(String text) {
        return CrisisNormaliser.normalise(text);
    }

    double probability(String text) {
        float[] vector = embedder.embed(prepare(text));
        for (float v : vector) {
            if (v != 0) {
                return model.probability(vector);
            }
        }
        return 0;
    }

    boolean flagged(String text) {
        return probability(text) >= THRESHOLD;
    }
}
