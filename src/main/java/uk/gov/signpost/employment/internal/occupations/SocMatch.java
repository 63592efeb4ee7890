package uk.gov.signpost.employment.internal.occupations;

/**
 * A job title coded to an ONS SOC 2020 unit group.
 *
 * @param socCode the four-digit unit group, for example {@code 4112}
 * @param unitGroupTitle the unit group's title in SOC 2020 Volume 1
 * @param matchedIndexEntry the coding index entry that decided the code, with its qualifier in brackets, for
 *     example {@code Administrative officer (local government)}
 * @param confidence from 0 to 1: 1 when the whole title is in the index under one code, lower when the index
 *     gives several codes for it or when only some words matched. Use it to rank and to decide whether to ask
 *     the person, not as a probability
 * @param method how the match was found
 */
public record SocMatch(String socCode, String unitGroupTitle, String matchedIndexEntry, double confidence,
        Method method) {

    public SocMatch {
        if (!socCode.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("A SOC 2020 unit group has four digits, not " + socCode);
        }
        if (unitGroupTitle.isBlank() || matchedIndexEntry.isBlank()) {
            throw new IllegalArgumentException("A match needs its unit group title and index entry");
        }
        if (!(confidence > 0 && confidence <= 1)) {
            throw new IllegalArgumentException("Confidence must be above 0 and at most 1, not " + confidence);
        }
    }

    /** How the coder found the unit group. */
    public enum Method {
        /** The whole title, once normalised, is a title in the coding index. */
        EXACT_TITLE,
        /**
         * The title without a civil service grade or a trailing qualifier ("HEO Policy adviser", "Senior
         * executive officer - Finance", "Administrative officer (local government)") is in the index; the
         * qualifier, where it matched one, chose between the index's entries.
         */
        TITLE_WITH_QUALIFIER,
        /** No title matched; the index title sharing the most distinctive words won. */
        WORD_OVERLAP
    }
}
