package uk.gov.signpost.memory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.model.TextEmbedder;

/**
 * Finds which facts "forget that I told you about my back" means. First by words: the category's own words
 * ("back" is about health) and the fact's value ("forget Leeds"). If no word matches, by meaning: MiniLM
 * similarity between what the person said and each category's words, above a threshold.
 *
 * <p>It does not catch facts named only by pronouns ("forget that") or by words no category lists and MiniLM
 * does not place; the person is then shown what is remembered and can name it, or use the page.
 */
final class FactMatcher {

    static final double SIMILARITY_THRESHOLD = 0.45;

    private FactMatcher() {}

    /**
     * @param candidates the facts that could be meant, by category, with their values
     * @return the categories meant: every one with the best word score, else the most similar by meaning
     */
    static List<String> match(String subject, Map<String, Object> candidates, @Nullable TextEmbedder embedder) {
        if (subject.isBlank() || candidates.isEmpty()) {
            return List.of();
        }
        String padded = " " + subject.toLowerCase(Locale.ROOT) + " ";
        int best = 0;
        List<String> chosen = new ArrayList<>();
        for (Map.Entry<String, Object> candidate : candidates.entrySet()) {
            FactCategory category = FactCatalogue.find(candidate.getKey()).orElse(null);
            if (category == null) {
                continue;
            }
            int score = 0;
            for (String word : category.words()) {
                if (Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(padded).find()) {
                    score++;
                }
            }
            String value = FactCategory.display(candidate.getValue()).toLowerCase(Locale.ROOT);
            if (value.length() >= 2 && !value.equals("yes") && !value.equals("no") && padded.contains(value)) {
                score += 2;
            }
            if (score > best) {
                best = score;
                chosen.clear();
            }
            if (score == best && score > 0) {
                chosen.add(category.name());
            }
        }
        if (!chosen.isEmpty() || embedder == null) {
            return List.copyOf(chosen);
        }
        float[] said = embedder.embed(subject);
        double bestSimilarity = SIMILARITY_THRESHOLD;
        String closest = null;
        for (String name : candidates.keySet()) {
            FactCategory category = FactCatalogue.find(name).orElse(null);
            if (category == null) {
                continue;
            }
            double similarity = TextEmbedder.cosine(said, embedder.embed(String.join(", ", category.words())));
            if (similarity > bestSimilarity) {
                bestSimilarity = similarity;
                closest = name;
            }
        }
        return closest == null ? List.of() : List.of(closest);
    }
}
