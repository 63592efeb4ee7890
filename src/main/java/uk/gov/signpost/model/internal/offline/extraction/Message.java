package uk.gov.signpost.model.internal.offline.extraction;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message being read: its normalised text, from which each rule claims the spans it has understood. A claimed
 * span is blanked, so that "10 hours a week" read as hours is not read again as an age. Positions never move.
 */
final class Message {

    private static final Pattern NEGATION = Pattern.compile(
            "\\b(?:not|no|never|without|none|nor|ddim|dim)\\b|n't\\b|\\bno longer\\b");

    /** Someone else as the subject of a verb: "my partner works", "he earns". */
    private static final Pattern OTHER_PERSON = Pattern.compile("(?:\\b(?:my|our|his|her)\\s+(?:partner|husband|wife"
            + "|boyfriend|girlfriend|fiance|fiancee|mum|mam|mother|dad|father|son|daughter|brother|sister|friend)|\\bhe"
            + "|\\bshe|\\bthey)\\s+(?:also\\s+|only\\s+|still\\s+)?(?:works?|earns?|gets?|does|do|is|are|has|makes?"
            + "|takes?|brings?|'s|'re|was|were)\\b|\\b(?:he's|she's|they're)\\b");
    private static final Pattern FIRST_PERSON = Pattern.compile("\\b(?:i|i'm|i've|i'd|me|myself)\\b");

    private final String normalised;
    private final char[] text;

    Message(String original) {
        this.normalised = Normaliser.normalise(original);
        this.text = normalised.toCharArray();
    }

    /** The normalised text with claimed spans blanked. */
    String text() {
        return new String(text);
    }

    /** The normalised text, claims ignored. */
    String normalised() {
        return normalised;
    }

    Matcher matcher(Pattern pattern) {
        return pattern.matcher(text());
    }

    void claim(int start, int end) {
        Arrays.fill(text, start, end, ' ');
    }

    void claim(Matcher match) {
        claim(match.start(), match.end());
    }

    /** Up to {@code max} characters before {@code index}, cut at the start of the sentence. */
    String before(int index, int max) {
        String window = normalised.substring(Math.max(0, index - max), index);
        int cut = lastSentenceEnd(window);
        return cut < 0 ? window : window.substring(cut + 1);
    }

    /** Up to {@code max} characters after {@code index}, cut at the end of the sentence. */
    String after(int index, int max) {
        String window = normalised.substring(index, Math.min(normalised.length(), index + max));
        for (int i = 0; i < window.length(); i++) {
            if (isSentenceEnd(window, i)) {
                return window.substring(0, i);
            }
        }
        return window;
    }

    /** The clause before {@code index}: as {@link #before} and also cut at a comma or a "but". */
    String clauseBefore(int index, int max) {
        String window = before(index, max);
        int comma = Math.max(window.lastIndexOf(','), window.lastIndexOf(" but "));
        return comma < 0 ? window : window.substring(comma + 1);
    }

    /** Whether the few words before {@code index} in its clause say "not", "no", "never" or "n't". */
    boolean negatedBefore(int index) {
        String clause = clauseBefore(index, 40);
        String[] words = clause.strip().split("\\s+");
        String last = String.join(" ", Arrays.copyOfRange(words, Math.max(0, words.length - 4), words.length));
        return NEGATION.matcher(last).find();
    }

    /** Whether the sentence holding {@code index} ends with a question mark. */
    boolean inQuestion(int index) {
        int end = index + after(index, normalised.length()).length();
        return end < normalised.length() && normalised.charAt(end) == '?';
    }

    /**
     * Whether the clause before {@code index} is about someone else: "my partner works 40 hours", "my husband
     * earns £30k". The latest subject wins, so "my partner works and I do 20 hours" is the person's own.
     */
    boolean aboutSomeoneElse(int index) {
        String clause = clauseBefore(index, 60);
        int other = lastMatch(OTHER_PERSON, clause);
        return other >= 0 && other > lastMatch(FIRST_PERSON, clause);
    }

    private static int lastMatch(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    static boolean negated(String words) {
        return NEGATION.matcher(words).find();
    }

    static BigDecimal number(String digits) {
        return plain(new BigDecimal(digits.replace(",", "")));
    }

    /** Without trailing zeros and never in exponent form: 10, 11.5, 37.5. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static int lastSentenceEnd(String window) {
        for (int i = window.length() - 1; i >= 0; i--) {
            if (isSentenceEnd(window, i)) {
                return i;
            }
        }
        return -1;
    }

    /** ";", "!", "?", a line break, or a full stop that is not a decimal point. */
    private static boolean isSentenceEnd(String s, int i) {
        char c = s.charAt(i);
        if (c == ';' || c == '!' || c == '?' || c == '\n') {
            return true;
        }
        return c == '.' && !(i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))
                && i > 0 && Character.isDigit(s.charAt(i - 1)));
    }
}
