package uk.gov.signpost.evaluation;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch reading ease of a reply: 206.835 - 1.015 x (words per sentence) - 84.6 x (syllables per word). Higher
 * is easier; 60 to 70 is plain English. Links, phone numbers and other figures are left out, since they are
 * read differently. Syllables are counted by vowel groups, the usual approximation, so a score is a guide to
 * compare replies with, not an exact measure.
 */
final class Readability {

    private static final Pattern LINK = Pattern.compile("https?://\\S+|\\[([^\\]]*)\\]\\([^)]*\\)");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z']*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:]+(\\s|$)|\\n\\s*\\n|\\n[-*] ");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

    private Readability() {}

    /** The score, or 100 for a reply with no words (nothing to find hard). */
    static double fleschReadingEase(String text) {
        String plain = LINK.matcher(text).replaceAll("$1");
        int words = 0;
        int syllables = 0;
        Matcher word = WORD.matcher(plain);
        while (word.find()) {
            words++;
            syllables += syllables(word.group());
        }
        if (words == 0) {
            return 100;
        }
        int sentences = 0;
        Matcher end = SENTENCE_END.matcher(plain.strip() + " ");
        while (end.find()) {
            sentences++;
        }
        sentences = Math.max(1, sentences);
        return 206.835 - 1.015 * ((double) words / sentences) - 84.6 * ((double) syllables / words);
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("'", "");
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        Matcher groups = VOWELS.matcher(w);
        int count = 0;
        while (groups.find()) {
            count++;
        }
        return Math.max(1, count);
    }
}
