package uk.gov.signpost.employment.internal.schemes;

import uk.gov.signpost.employment.SchemeResult.Eligible;

/** What {@link SchemeEligibilityPolicy} decided about one scheme for one person, with a reason they can read. */
sealed interface SchemeDecision permits SchemeDecision.Allowed, SchemeDecision.Rejected {

    String reason();

    Eligible eligible();

    /** It may suit them: {@code YES} when what they told us meets every condition, {@code MAYBE} when it depends. */
    record Allowed(Eligible eligible, String reason) implements SchemeDecision {

        public Allowed {
            if (eligible == Eligible.NO || reason.isBlank()) {
                throw new IllegalArgumentException("an allowance is yes or maybe, with a reason");
            }
        }
    }

    /** It does not suit them, because of {@code reason}. */
    record Rejected(String reason) implements SchemeDecision {

        public Rejected {
            if (reason.isBlank()) {
                throw new IllegalArgumentException("say why");
            }
        }

        @Override
        public Eligible eligible() {
            return Eligible.NO;
        }
    }
}
