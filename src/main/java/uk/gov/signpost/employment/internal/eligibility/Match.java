package uk.gov.signpost.employment.internal.eligibility;

import java.util.List;

/** Whether some answers meet a {@link Condition}, and if so the facts that met it. */
record Match(boolean holds, List<Fact> facts) {

    static final Match NO = new Match(false, List.of());

    Match {
        facts = List.copyOf(facts);
        if (!holds && !facts.isEmpty()) {
            throw new IllegalArgumentException("a condition that does not hold has no facts");
        }
    }

    static Match because(List<Fact> facts) {
        return new Match(true, facts);
    }

    static Match because(Fact fact) {
        return new Match(true, List.of(fact));
    }
}
