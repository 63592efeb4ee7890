package uk.gov.signpost.safety.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import uk.gov.signpost.safety.PersonalDataSpan;

/**
 * A {@link Rule} with the places it needs to look: windows around digit runs of at least some length, around
 * {@code @} signs, around listed words, or at the start of the text. Its windows are wide enough for every match the
 * rule can make from that anchor; {@code PseudonymiserPrefilterTest} checks that scanning windows finds exactly what
 * scanning the whole text finds.
 */
record AnchoredRule(Rule rule, Function<ScanAnchors, List<int[]>> windows) {

    void find(String text, ScanAnchors anchors, List<PersonalDataSpan> found) {
        for (int[] window : ScanAnchors.merge(windows.apply(anchors), text.length())) {
            rule.find(text, window[0], window[1], found);
        }
    }

    /** Around every digit run with at least {@code minDigits} digits. */
    static Function<ScanAnchors, List<int[]>> digits(int minDigits, int before, int after) {
        return anchors -> {
            List<int[]> windows = new ArrayList<>();
            for (ScanAnchors.DigitRun run : anchors.digitRuns()) {
                if (run.digits() >= minDigits) {
                    windows.add(new int[] {run.start() - before, run.end() + after});
                }
            }
            return windows;
        };
    }

    /** From the start of the word holding each {@code @} (at most {@code before} back) to {@code after} past it. */
    static Function<ScanAnchors, List<int[]>> atSigns(int before, int after) {
        return anchors -> anchors.atSigns().stream().map(at -> {
            String text = anchors.text();
            int start = at;
            while (start > 0 && at - start < before && !Character.isWhitespace(text.charAt(start - 1))) {
                start--;
            }
            return new int[] {start, at + after};
        }).toList();
    }

    /**
     * Around each listed word (compared in lower case; with {@code capitalised}, only where the text has a capital
     * first letter, as for titles and street words).
     */
    static Function<ScanAnchors, List<int[]>> words(Set<String> words, boolean capitalised, int before, int after) {
        return words(words, capitalised, false, before, after);
    }

    /** As {@link #words(Set, boolean, int, int)}; with {@code digitBefore}, only where a digit is in the window before. */
    static Function<ScanAnchors, List<int[]>> words(Set<String> words, boolean capitalised, boolean digitBefore,
            int before, int after) {
        Set<String> lower = ScanAnchors.lowerCase(words);
        return anchors -> anchors.words().stream()
                .filter(w -> lower.contains(w.lower()))
                .filter(w -> !capitalised || Character.isUpperCase(anchors.text().charAt(w.start())))
                .filter(w -> !digitBefore || hasDigit(anchors.text(), w.start() - before, w.start()))
                .map(w -> new int[] {w.start() - before, w.end() + after}).toList();
    }

    private static boolean hasDigit(String text, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** The first characters of the text, for rules anchored at its start. */
    static Function<ScanAnchors, List<int[]>> start(int after) {
        return anchors -> List.<int[]>of(new int[] {0, after});
    }

    @SafeVarargs
    static Function<ScanAnchors, List<int[]>> any(Function<ScanAnchors, List<int[]>>... sources) {
        return anchors -> {
            List<int[]> all = new ArrayList<>();
            for (Function<ScanAnchors, List<int[]>> source : sources) {
                all.addAll(source.apply(anchors));
            }
            return all;
        };
    }
}
