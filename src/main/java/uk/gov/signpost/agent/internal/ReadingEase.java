package uk.gov.signpost.agent.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch reading ease of a reply: {@code 206.835 − 1.015 × words per sentence − 84.6 × syllables per word}.
 * Higher is easier; GOV.UK content usually aims for 60 or more. Recorded for every reply, not enforced.
 *
 * <p>What it does <em>not</em> measure: whether the words are familiar or the meaning clear; syllables are
 * counted by vowel groups, so it is out by a little on many words; the formula is for English and means little
 * for Welsh replies; links and numbers count as words.
 */
final class ReadingEase {

    private static final Pattern WORD = Pattern.compile("[A-Za-zÀ-ÿŵŷŴŶ'’]+|\\d[\\d,.]*");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)|\\n\\s*\\n|\\n\\s*[-*•]");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
    private static final Pattern SILENT_ENDING = Pattern.compile("(?:[^laeiouy]es|ed|[^laeiouy]e)$|^y");
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?]$");

    private ReadingEase() {}

    static double score(String text) {
        int words = 0;
        int syllables = 0;
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words++;
            syllables += syllables(word.group());
        }
        if (words == 0) {
            return 100;
        }
        long sentences = Math.max(1, SENTENCE_END.matcher(text.strip()).results().count()
                + (ENDS_SENTENCE.matcher(text.strip()).find() ? 0 : 1));
        double ease = 206.835 - 1.015 * words / sentences - 84.6 * syllables / words;
        return Math.round(ease * 10) / 10.0;
    }

    /** A band for the trace: {@code easy} (70+), {@code plain} (60–70), {@code fairly_difficult} (50–60), {@code difficult}. */
    static String band(double score) {
        return score >= 70 ? "easy" : score >= 60 ? "plain" : score >= 50 ? "fairly_difficult" : "difficult";
    }

    static int syllables(String word) {
        String w = NOT_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
        if (w.isEmpty()) {
            return 1; // a number
        }
        if (w.length() <= 3) {
            return 1;
        }
        w = SILENT_ENDING.matcher(w).replaceAll("");
        int count = (int) VOWELS.matcher(w).results().count();
        return Math.max(1, count);
    }
}
