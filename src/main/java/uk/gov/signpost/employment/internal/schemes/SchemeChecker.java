package uk.gov.signpost.employment.internal.schemes;

import java.util.List;
import org.springframework.stereotype.Service;
import uk.gov.signpost.employment.EmploymentSchemes;
import uk.gov.signpost.employment.EmploymentSituation;
import uk.gov.signpost.employment.SchemeResult;

/**
 * The use case behind {@link EmploymentSchemes}: decide every open scheme, in the data's order. A situation holds
 * health and benefit details, so nothing here logs it.
 */
@Service
class SchemeChecker implements EmploymentSchemes {

    private final SchemeBook book;
    private final SchemeEligibilityPolicy policy = new SchemeEligibilityPolicy();

    SchemeChecker(SchemeBook book) {
        this.book = book;
    }

    @Override
    public List<SchemeResult> check(EmploymentSituation situation) {
        return book.schemes().stream()
                .filter(Scheme::open)
                .map(scheme -> result(scheme, policy.decide(scheme, situation)))
                .toList();
    }

    private static SchemeResult result(Scheme scheme, SchemeDecision decision) {
        return new SchemeResult(scheme.key(), scheme.title(), scheme.url(), decision.eligible(), decision.reason());
    }
}
