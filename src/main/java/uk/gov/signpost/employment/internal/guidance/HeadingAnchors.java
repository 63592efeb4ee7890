package uk.gov.signpost.employment.internal.guidance;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Makes the {@code id} that GOV.UK gives a heading, so a link can point at the section.
 *
 * <p>GOV.UK renders pages from Govspeak, which is built on kramdown, and kramdown's automatic header ids work like
 * this: drop everything before the first ASCII letter, keep only ASCII letters, digits, spaces and hyphens, turn each
 * space into a hyphen and lower-case the result. An empty id becomes {@code section}. A repeated id gets {@code -1},
 * {@code -2} and so on, counted per document. For example "What you’ll get" becomes {@code what-youll-get} and
 * "Holiday (or ‘annual leave’)" becomes {@code holiday-or-annual-leave}.
 *
 * <p>One instance numbers the repeats of one document, so make a new one for each page body or guide part.
 */
final class HeadingAnchors {

    private final Map<String, Integer> used = new HashMap<>();

    /** The next heading's id in this document. */
    String next(String heading) {
        String id = basic(heading);
        if (id.isEmpty()) {
            id = "section";
        }
        Integer seen = used.get(id);
        if (seen == null) {
            used.put(id, 0);
            return id;
        }
        used.put(id, seen + 1);
        return id + "-" + (seen + 1);
    }

    /** The id with no numbering of repeats. */
    static String basic(String heading) {
        int start = 0;
        while (start < heading.length() && !isAsciiLetter(heading.charAt(start))) {
            start++;
        }
        StringBuilder id = new StringBuilder();
        for (char c : heading.substring(start).toCharArray()) {
            if (isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-') {
                id.append(c);
            } else if (c == ' ') {
                id.append('-');
            }
        }
        return id.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
