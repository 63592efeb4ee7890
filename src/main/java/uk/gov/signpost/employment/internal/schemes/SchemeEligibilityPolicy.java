package uk.gov.signpost.employment.internal.schemes;

import java.util.ArrayList;
import java.util.List;
import uk.gov.signpost.employment.EmploymentSituation;
import uk.gov.signpost.employment.SchemeResult.Eligible;
import uk.gov.signpost.employment.internal.schemes.Scheme.Requirement;

/**
 * Decides whether one scheme may suit one person.
 *
 * <ol>
 *   <li>A closed scheme is rejected with the reason it closed.
 *   <li>A scheme that does not run in their nation is rejected, with what to do there instead when we know.
 *   <li>Every requirement is tested. The first one that is not met and says "no" rejects the scheme with its
 *       reason.
 *   <li>Otherwise, requirements that are not known (or not met but say "maybe") make the answer "maybe", with their
 *       reasons in order.
 *   <li>Otherwise the scheme's own answer when met ("yes", or "maybe" where someone still decides) and its reason.
 * </ol>
 *
 * It does not catch rules the data does not hold: for example, earnings limits that we do not ask about, or local
 * budgets that have run out. That is why it never says someone is entitled to anything.
 */
final class SchemeEligibilityPolicy {

    SchemeDecision decide(Scheme scheme, EmploymentSituation situation) {
        if (!scheme.open()) {
            return new SchemeDecision.Rejected(scheme.closedReason());
        }
        if (!scheme.nations().contains(situation.nation())) {
            String elsewhere = scheme.otherNations().get(situation.nation());
            return new SchemeDecision.Rejected(scheme.title() + " is not available in "
                    + situation.nation().displayName() + "." + (elsewhere == null ? "" : " " + elsewhere));
        }
        List<String> maybe = new ArrayList<>();
        for (Requirement requirement : scheme.requirements()) {
            Truth truth = requirement.condition().test(situation);
            if (truth == Truth.FALSE && requirement.whenNotMet() == Eligible.NO) {
                return new SchemeDecision.Rejected(requirement.notMet());
            }
            if (truth == Truth.FALSE) {
                maybe.add(requirement.notMet());
            } else if (truth == Truth.UNKNOWN) {
                maybe.add(requirement.unknown());
            }
        }
        if (!maybe.isEmpty()) {
            return new SchemeDecision.Allowed(Eligible.MAYBE, String.join(" ", maybe));
        }
        return new SchemeDecision.Allowed(scheme.whenMet(), scheme.metReason());
    }
}
