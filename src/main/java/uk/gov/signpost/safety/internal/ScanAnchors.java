package uk.gov.signpost.safety.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The cheap first pass of the pseudonymiser: one walk over the characters that notes where anything personal could
 * start, so the regular expressions run only in small windows around those places instead of trying every position
 * of the text. It notes runs of digits (digits with at most two of space, hyphen or bracket between them), {@code @}
 * signs, and words from a fixed list (titles, "name", "born", street words…).
 */
final class ScanAnchors {

    /** A run of digits: where it starts and ends, and how many digits it holds. */
    record DigitRun(int start, int end, int digits) {}

    /** One of the listed words, where it is. {@code lower} is the word in lower case. */
    record Word(int start, int end, String lower) {}

    private final String text;
    private final List<DigitRun> digitRuns = new ArrayList<>();
    private final List<Integer> atSigns = new ArrayList<>();
    private final List<Word> words = new ArrayList<>();

    private ScanAnchors(String text) {
        this.text = text;
    }

    /** Walks the text once, noting digit runs, {@code @} signs and the words in {@code wanted} (lower case). */
    static ScanAnchors of(String text, Set<String> wanted) {
        ScanAnchors anchors = new ScanAnchors(text);
        String[][] byFirstLetter = new String[128][];
        for (String w : wanted) {
            char first = w.charAt(0);
            if (first < 128) {
                String[] known = byFirstLetter[first];
                String[] more = known == null ? new String[1] : Arrays.copyOf(known, known.length + 1);
                more[more.length - 1] = w;
                byFirstLetter[first] = more;
            }
        }
        int runStart = -1;
        int lastDigit = -1;
        int digits = 0;
        boolean cleanGap = true;
        int wordStart = -1;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : ' ';
            if (c >= '0' && c <= '9') {
                if (runStart >= 0 && cleanGap && i - lastDigit <= 3) {
                    digits++;
                } else {
                    if (runStart >= 0) {
                        anchors.digitRuns.add(new DigitRun(runStart, lastDigit + 1, digits));
                    }
                    runStart = i;
                    digits = 1;
                }
                lastDigit = i;
                cleanGap = true;
            } else if (c != ' ' && c != '-' && c != '(' && c != ')') {
                cleanGap = false;
                if (c == '@') {
                    anchors.atSigns.add(i);
                }
            }
            char lower = (char) (c | 0x20);
            boolean letter = i < length && ((lower >= 'a' && lower <= 'z') || (c >= 128 && Character.isLetter(c)));
            if (letter) {
                if (wordStart < 0) {
                    wordStart = i;
                }
            } else if (wordStart >= 0) {
                char first = (char) (text.charAt(wordStart) | 0x20);
                String[] candidates = first < 128 ? byFirstLetter[first] : null;
                if (candidates != null) {
                    int wordLength = i - wordStart;
                    for (String candidate : candidates) {
                        if (candidate.length() == wordLength && text.regionMatches(true, wordStart, candidate, 0, wordLength)) {
                            anchors.words.add(new Word(wordStart, i, candidate));
                            break;
                        }
                    }
                }
                wordStart = -1;
            }
        }
        if (runStart >= 0) {
            anchors.digitRuns.add(new DigitRun(runStart, lastDigit + 1, digits));
        }
        return anchors;
    }

    String text() {
        return text;
    }

    List<DigitRun> digitRuns() {
        return digitRuns;
    }

    List<Integer> atSigns() {
        return atSigns;
    }

    List<Word> words() {
        return words;
    }

    static Set<String> lowerCase(Collection<String> words) {
        Set<String> lower = new HashSet<>();
        words.forEach(w -> lower.add(w.toLowerCase(Locale.ROOT)));
        return lower;
    }

    /** Sorts windows ({@code [from, to)} pairs) and joins those that overlap or touch. */
    static List<int[]> merge(List<int[]> windows, int length) {
        int[][] sorted = windows.stream().map(w -> new int[] {Math.max(0, w[0]), Math.min(length, w[1])})
                .filter(w -> w[0] < w[1]).toArray(int[][]::new);
        Arrays.sort(sorted, (a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] w : sorted) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && w[0] <= last[1]) {
                last[1] = Math.max(last[1], w[1]);
            } else {
                merged.add(w);
            }
        }
        return merged;
    }
}
