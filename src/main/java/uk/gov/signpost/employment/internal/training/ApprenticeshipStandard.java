package uk.gov.signpost.employment.internal.training;

import java.util.List;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.employment.TrainingSearch;

/** A standard with its knowledge, skills and behaviours statements (none for the 2018 list). */
record ApprenticeshipStandard(TrainingSearch.Standard summary, List<Statement> statements) {

    ApprenticeshipStandard {
        statements = List.copyOf(statements);
    }

    String reference() {
        return summary.reference();
    }

    String title() {
        return summary.title();
    }

    String route() {
        return summary.route();
    }

    @Nullable Integer level() {
        return summary.level();
    }

    /** Approved for delivery, and on the current list: one a person could start. */
    boolean currentlyApproved() {
        return summary.status().equals(StandardsData.APPROVED) && !summary.fromList().outOfDate();
    }

    /** One knowledge (K), skill (S) or behaviour (B) statement, for example "K1: Business acumen: …". */
    record Statement(String type, String code, String text) {

        @Override
        public String toString() {
            return text;
        }
    }
}
