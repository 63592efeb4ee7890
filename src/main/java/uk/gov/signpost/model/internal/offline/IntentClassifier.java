package uk.gov.signpost.model.internal.offline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.gov.signpost.model.IntentDefinition;
import uk.gov.signpost.model.TextEmbedder;

/**
 * Recognises what a person wants without a language model, in two steps.
 *
 * <ol>
 *   <li>Keyword rules, checked in the domain pack's order of precedence. A keyword is a lower-case fragment;
 *       it matches when the normalised message contains it.
 *   <li>Otherwise, meaning: the message is embedded with MiniLM and compared with every example sentence. Each
 *       intent scores the mean of its best three similarities. The best intent wins if it reaches the
 *       threshold; if not, the last intent (the pack's fallback) is used.
 * </ol>
 *
 * <p>It does not understand negation ("I'm not redundant") or several wants in one message: the first keyword
 * rule or the closest meaning wins.
 */
final class IntentClassifier {

    private static final int TOP_K = 3;

    private final List<IntentDefinition> intents;
    private final List<float[][]> exampleVectors;
    private final TextEmbedder embedder;
    private final double threshold;

    IntentClassifier(List<IntentDefinition> intents, TextEmbedder embedder, double threshold) {
        if (intents.isEmpty()) {
            throw new IllegalArgumentException("Offline mode needs at least one intent");
        }
        this.intents = List.copyOf(intents);
        this.embedder = embedder;
        this.threshold = threshold;
        this.exampleVectors = new ArrayList<>();
        for (IntentDefinition intent : intents) {
            exampleVectors.add(intent.examples().stream().map(embedder::embed).toArray(float[][]::new));
        }
    }

    IntentMatch classify(String message) {
        String text = normalise(message);
        for (IntentDefinition intent : intents) {
            for (String keyword : intent.keywords()) {
                if (text.contains(keyword)) {
                    return new IntentMatch(intent, "keyword", 1.0);
                }
            }
        }
        float[] vector = embedder.embed(text.strip());
        IntentDefinition best = fallback();
        double bestScore = -1;
        for (int i = 0; i < intents.size(); i++) {
            double score = topKMean(vector, exampleVectors.get(i));
            if (score > bestScore) {
                bestScore = score;
                best = intents.get(i);
            }
        }
        if (bestScore < threshold) {
            return new IntentMatch(fallback(), "fallback", 0);
        }
        return new IntentMatch(best, "semantic", bestScore);
    }

    private IntentDefinition fallback() {
        return intents.get(intents.size() - 1);
    }

    private static double topKMean(float[] vector, float[][] examples) {
        if (examples.length == 0) {
            return -1;
        }
        double[] scores = new double[examples.length];
        for (int i = 0; i < examples.length; i++) {
            scores[i] = TextEmbedder.cosine(vector, examples[i]);
        }
        Arrays.sort(scores);
        int k = Math.min(TOP_K, scores.length);
        double sum = 0;
        for (int i = scores.length - k; i < scores.length; i++) {
            sum += scores[i];
        }
        return sum / k;
    }

    /**
     * The form keywords are written in: lower case, straight apostrophes, sentence punctuation turned into
     * spaces, single spaces, and one space at each end so that a keyword such as {@code " uc "} matches only a
     * whole word.
     */
    static String normalise(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .toLowerCase(Locale.ROOT)
                .replaceAll("[,!?;:()\"]", " ")
                .replaceAll("\\.(?=\\s|$)", " ");
        return " " + folded.replaceAll("\\s+", " ").strip() + " ";
    }
}
