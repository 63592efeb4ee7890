package uk.gov.signpost.employment.internal.schemes;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.employment.Nation;
import uk.gov.signpost.employment.SchemeResult.Eligible;

/**
 * One employment scheme as data.
 *
 * @param key stable key, such as {@code access_to_work}
 * @param title the scheme's name
 * @param closedReason why it is not offered any more, or null while it is open
 * @param nations where it runs
 * @param url where a person finds out more or gets it
 * @param sources where the facts came from and when they were checked
 * @param requirements the conditions, in the order they are explained
 * @param whenMet the answer when every requirement is met: {@code YES}, or {@code MAYBE} when someone (a work coach,
 *     a provider) still decides
 * @param metReason what to tell a person who meets every requirement
 * @param otherNations what to tell a person in a nation where it does not run
 */
record Scheme(
        String key,
        String title,
        @Nullable String closedReason,
        Set<Nation> nations,
        String url,
        List<Source> sources,
        List<Requirement> requirements,
        Eligible whenMet,
        String metReason,
        Map<Nation, String> otherNations) {

    Scheme {
        if (!key.matches("[a-z0-9_]+") || title.isBlank()) {
            throw new IllegalArgumentException("a scheme needs a snake_case key and a title: " + key);
        }
        nations = Set.copyOf(nations);
        sources = List.copyOf(sources);
        requirements = List.copyOf(requirements);
        otherNations = Map.copyOf(otherNations);
        if (nations.isEmpty() || sources.isEmpty()) {
            throw new IllegalArgumentException("scheme " + key + " needs nations and sources");
        }
        if (!url.startsWith("https://")) {
            throw new IllegalArgumentException("scheme " + key + " links to an address that is not https");
        }
        if (closedReason == null && (whenMet == Eligible.NO || metReason.isBlank())) {
            throw new IllegalArgumentException("open scheme " + key + " needs when_met yes or maybe and a met_reason");
        }
        if (otherNations.keySet().stream().anyMatch(nations::contains)) {
            throw new IllegalArgumentException("scheme " + key + " has an other_nations note for a nation it runs in");
        }
    }

    boolean open() {
        return closedReason == null;
    }

    /**
     * One condition with what to say when it is not met or not known.
     *
     * @param whenNotMet {@code NO}, or {@code MAYBE} when not meeting it still leaves a way in
     */
    record Requirement(Condition condition, Eligible whenNotMet, String notMet, String unknown) {

        Requirement {
            if (whenNotMet == Eligible.YES || notMet.isBlank() || unknown.isBlank()) {
                throw new IllegalArgumentException("a requirement needs when_not_met no or maybe and both reasons");
            }
        }
    }

    /** A page a fact was checked against, with when and what it said. */
    record Source(String url, LocalDate checked, String note) {

        Source {
            if (!url.startsWith("https://") || note.isBlank()) {
                throw new IllegalArgumentException("a source needs an https address and a note: " + url);
            }
        }
    }
}
