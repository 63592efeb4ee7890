package uk.gov.signpost.employment.internal.eligibility;

import java.util.List;

/** What {@link BenefitEligibilityPolicy} decided about one rule for one person. */
sealed interface Decision permits Decision.Shown, Decision.NotShown {

    /** The person may be able to get it, because of {@code facts} (empty when it is shown to everyone). */
    record Shown(List<Fact> facts) implements Decision {

        public Shown {
            facts = List.copyOf(facts);
        }
    }

    /** The person's answers do not lead to it; {@code why} is for logs and tests, not for the person. */
    record NotShown(String why) implements Decision {

        public NotShown {
            if (why.isBlank()) {
                throw new IllegalArgumentException("say why a rule was not met");
            }
        }
    }
}
