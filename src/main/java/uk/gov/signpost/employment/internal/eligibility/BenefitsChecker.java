package uk.gov.signpost.employment.internal.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import uk.gov.signpost.employment.BenefitsCheck;
import uk.gov.signpost.employment.BenefitsCheckOutcome;
import uk.gov.signpost.employment.BenefitsCheckOutcome.Result;

/**
 * The use case: check the answers, follow GOV.UK's branching, and either ask what is still needed or decide every
 * rule in catalogue order. Answers are personal data (health, benefits, children), so nothing here logs them.
 */
@Service
class BenefitsChecker implements BenefitsCheck {

    private final Rulebook rulebook;
    private final QuestionFlow flow;
    private final BenefitEligibilityPolicy policy;
    private final ReasonWriter reasons;

    BenefitsChecker(Rulebook rulebook) {
        this.rulebook = rulebook;
        this.flow = new QuestionFlow(rulebook);
        this.policy = new BenefitEligibilityPolicy(rulebook);
        this.reasons = new ReasonWriter(rulebook);
    }

    @Override
    public BenefitsCheckOutcome check(Map<String, List<String>> answers) {
        Answers given = flow.check(answers);
        QuestionFlow.Position position = flow.walk(given);
        if (!position.complete()) {
            return BenefitsCheckOutcome.askNext(
                    position.stillNeeded().stream().map(BenefitsChecker::toOutcome).toList());
        }
        return BenefitsCheckOutcome.finished(resultsFor(position.reached()));
    }

    private List<Result> resultsFor(Answers answers) {
        List<Result> results = new ArrayList<>();
        for (BenefitRule rule : rulebook.rules()) {
            if (policy.decide(rule, answers) instanceof Decision.Shown shown) {
                results.add(new Result(rule.key(), rule.title(), rule.url(), reasons.write(shown, answers)));
            }
        }
        return results;
    }

    private static BenefitsCheckOutcome.Question toOutcome(Question question) {
        return new BenefitsCheckOutcome.Question(
                question.id(),
                question.text(),
                question.hint(),
                question.type(),
                question.options().stream()
                        .map(option -> new BenefitsCheckOutcome.Option(option.value(), option.label()))
                        .toList());
    }
}
