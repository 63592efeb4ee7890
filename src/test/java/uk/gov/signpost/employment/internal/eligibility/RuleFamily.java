package uk.gov.signpost.employment.internal.eligibility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rules that share one condition (GOV.UK often repeats a rule per nation), with an applicant who should see them,
 * the nations that offer each, and applicants who should not see them. Written from the reference table, not from
 * the rules data, so the two check each other.
 */
final class RuleFamily {

    private final String shownWhen;
    private final Applicant shown;
    private final Map<String, List<String>> nationsByKey = new LinkedHashMap<>();
    private final List<Counterexample> notShown = new ArrayList<>();

    private RuleFamily(String shownWhen, Applicant shown) {
        this.shownWhen = shownWhen;
        this.shown = shown;
    }

    static RuleFamily shownWhen(String description, Applicant applicant) {
        return new RuleFamily(description, applicant);
    }

    RuleFamily in(String key, String... nations) {
        nationsByKey.put(key, List.of(nations));
        return this;
    }

    RuleFamily notWhen(String description, Applicant applicant) {
        notShown.add(new Counterexample(description, applicant));
        return this;
    }

    String shownWhen() {
        return shownWhen;
    }

    Applicant shown() {
        return shown;
    }

    Map<String, List<String>> nationsByKey() {
        return nationsByKey;
    }

    List<Counterexample> notShown() {
        return notShown;
    }

    record Counterexample(String when, Applicant applicant) {}
}
