package uk.gov.signpost.safety.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.gov.signpost.safety.PersonalDataSpan;

/** One detector: adds the spans it finds in {@code text} that start and end between {@code from} and {@code to}. */
@FunctionalInterface
interface Rule {

    void find(String text, int from, int to, List<PersonalDataSpan> found);

    /** A matcher over part of the text that still sees the text around it in look-behinds and word boundaries. */
    static Matcher matcher(Pattern pattern, String text, int from, int to) {
        return pattern.matcher(text).region(from, to).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Words just before a number that say it is a reference, not personal data ("Ref 123456", "course code"). */
    Pattern REFERENCE_BEFORE = Pattern.compile("(?i)(?:\\bref(?:erence)?|\\bvacancy|\\bcourse|\\bjob|\\border"
            + "|\\binvoice|\\bqualification|\\bunit|\\bmodule|\\bcertificate|\\bbooking|\\blot|\\bserial)"
            + "\\s*(?:code|id|no\\.?|number|ref(?:erence)?)?\\s*(?:is|was)?\\s*[:#.\\-]?\\s*$");

    static boolean referenceBefore(String text, int start) {
        return REFERENCE_BEFORE.matcher(text.substring(Math.max(0, start - 30), start)).find();
    }

    /** True when the pattern matches within {@code before} characters before the span or {@code after} after it. */
    static boolean near(String text, int start, int end, Pattern words, int before, int after) {
        String window = text.substring(Math.max(0, start - before), start) + " "
                + text.substring(end, Math.min(text.length(), end + after));
        return words.matcher(window).find();
    }
}
