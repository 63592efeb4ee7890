package uk.gov.signpost.employment.internal.occupations;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishMinimalStemmer;

/**
 * Turns a job title into comparable words: lower case, no accents or punctuation, British spellings where the
 * coding index uses them ("advisor" is "adviser"), and plurals made singular ("nurses" and "nurse's" are both
 * "nurse").
 */
final class TitleWords {

    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "the", "of", "in", "for", "at", "to",
            "with", "on", "or", "i", "my", "as", "was", "am", "is", "be", "used", "work", "worked", "working");
    private static final Map<String, String> SPELLINGS = Map.of(
            "advisor", "adviser",
            "organiser", "organizer",
            "programme", "program");

    private static final EnglishMinimalStemmer STEMMER = new EnglishMinimalStemmer();

    private TitleWords() {
    }

    /** Every word of the title, in order, stop words included: the key for exact matches. */
    static List<String> words(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("['’]", "")
                .replaceAll("[^a-z0-9]+", " ")
                .strip();
        List<String> words = new ArrayList<>();
        if (plain.isEmpty()) {
            return words;
        }
        for (String word : plain.split(" ")) {
            words.add(stem(SPELLINGS.getOrDefault(word, word)));
        }
        return words;
    }

    /** The words that carry meaning, for overlap scores. */
    static List<String> meaningful(String title) {
        return words(title).stream().filter(word -> !STOP_WORDS.contains(word)).distinct().toList();
    }

    static String key(String title) {
        return String.join(" ", words(title));
    }

    static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    private static String stem(String word) {
        char[] chars = word.toCharArray();
        return new String(chars, 0, STEMMER.stem(chars, chars.length));
    }
}
