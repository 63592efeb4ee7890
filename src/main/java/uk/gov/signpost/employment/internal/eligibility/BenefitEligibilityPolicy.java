package uk.gov.signpost.employment.internal.eligibility;

import java.util.List;

/**
 * Decides whether GOV.UK's check would show one kind of support to a person: it must be offered in the nation they
 * live in, and their answers must meet its condition (a rule with no condition is shown to everyone there).
 *
 * <p>It mirrors GOV.UK's tool, quirks included, so it does not catch cases where GOV.UK's rules are wider or
 * narrower than the law, and it never says that someone is entitled to anything.
 */
final class BenefitEligibilityPolicy {

    private final String countryQuestion;

    BenefitEligibilityPolicy(Rulebook rulebook) {
        this.countryQuestion = rulebook.countryQuestion();
    }

    Decision decide(BenefitRule rule, Answers answers) {
        String country = answers.radio(countryQuestion);
        if (!rule.offeredIn(country)) {
            return new Decision.NotShown(rule.key() + " is not offered in " + country);
        }
        Condition condition = rule.condition();
        if (condition == null) {
            return new Decision.Shown(List.of());
        }
        Match match = condition.match(answers);
        return match.holds()
                ? new Decision.Shown(match.facts())
                : new Decision.NotShown("the answers do not meet " + rule.publishedRule());
    }
}
