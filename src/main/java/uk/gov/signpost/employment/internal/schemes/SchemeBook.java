package uk.gov.signpost.employment.internal.schemes;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every scheme in the data, in the order results are shown, and when the data was last checked. */
record SchemeBook(LocalDate checked, List<Scheme> schemes) {

    SchemeBook {
        schemes = List.copyOf(schemes);
        Set<String> keys = new HashSet<>();
        for (Scheme scheme : schemes) {
            if (!keys.add(scheme.key())) {
                throw new IllegalArgumentException("the scheme " + scheme.key() + " appears twice");
            }
        }
    }
}
