package uk.gov.signpost.employment.internal.eligibility;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import uk.gov.signpost.employment.BenefitsCheck;
import uk.gov.signpost.employment.BenefitsCheckOutcome;
import uk.gov.signpost.employment.BenefitsCheckOutcome.Result;
import uk.gov.signpost.model.Language;

/**
 * The use case: check the answers, follow GOV.UK's branching, and either ask what is still needed or decide every
 * rule in catalogue order, wording questions and reasons in the language asked for. Answers are personal data
 * (health, benefits, children), so nothing here logs them.
 */
@Service
class BenefitsChecker implements BenefitsCheck {

    private final Map<Language, Words> words = new EnumMap<>(Language.class);

    BenefitsChecker(Rulebooks rulebooks) {
        for (Language language : Language.values()) {
            Rulebook rulebook = rulebooks.in(language);
            words.put(language, new Words(rulebook, new QuestionFlow(rulebook), new BenefitEligibilityPolicy(rulebook),
                    new ReasonWriter(rulebook)));
        }
    }

    @Override
    public BenefitsCheckOutcome check(Map<String, List<String>> answers, Language language) {
        Words in = words.get(language);
        Answers given = in.flow().check(answers);
        QuestionFlow.Position position = in.flow().walk(given);
        if (!position.complete()) {
            return BenefitsCheckOutcome.askNext(
                    position.stillNeeded().stream().map(BenefitsChecker::toOutcome).toList());
        }
        return BenefitsCheckOutcome.finished(resultsFor(position.reached(), in));
    }

    private static List<Result> resultsFor(Answers answers, Words in) {
        List<Result> results = new ArrayList<>();
        for (BenefitRule rule : in.rulebook().rules()) {
            if (in.policy().decide(rule, answers) instanceof Decision.Shown shown) {
                results.add(new Result(rule.key(), rule.title(), rule.url(), in.reasons().write(shown, answers)));
            }
        }
        return results;
    }

    /** One language's rulebook and the parts that read it. The rules are the same in every language. */
    private record Words(Rulebook rulebook, QuestionFlow flow, BenefitEligibilityPolicy policy, ReasonWriter reasons) {}

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
