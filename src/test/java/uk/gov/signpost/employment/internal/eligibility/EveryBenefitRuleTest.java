package uk.gov.signpost.employment.internal.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import uk.gov.signpost.employment.BenefitsCheckOutcome;

/**
 * Pins each of GOV.UK's 90 result keys: shown in its own nations (and nowhere else) to someone who meets its rule,
 * and not shown to people who miss the rule in one way. The examples are written from the reference, not read from
 * the rules data.
 */
class EveryBenefitRuleTest {

    private static final Rulebook RULEBOOK = RulebookReader.readDefault();
    private static final BenefitsChecker CHECKER = new BenefitsChecker(Rulebooks.readDefault());

    private static List<RuleFamily> families() {
        List<RuleFamily> families = new ArrayList<>(IncomeAndHealthRuleFamilies.all());
        families.addAll(ChildrenRuleFamilies.all());
        return families;
    }

    @Test
    void the_examples_cover_all_90_keys_with_the_nations_the_rules_data_gives() {
        Map<String, List<String>> nationsByKey = new HashMap<>();
        for (RuleFamily family : families()) {
            family.nationsByKey().forEach((key, nations) -> {
                List<String> earlier = nationsByKey.putIfAbsent(key, nations);
                assertThat(earlier == null ? nations : earlier).as(key).isEqualTo(nations);
            });
        }

        assertThat(RULEBOOK.rules()).hasSize(90);
        assertThat(nationsByKey.keySet())
                .containsExactlyInAnyOrderElementsOf(RULEBOOK.rules().stream().map(BenefitRule::key).toList());
        for (BenefitRule rule : RULEBOOK.rules()) {
            assertThat(rule.countries()).as(rule.key()).containsExactlyInAnyOrderElementsOf(nationsByKey.get(rule.key()));
        }
    }

    @TestFactory
    Stream<DynamicTest> each_key_is_shown_in_its_own_nations_and_no_others_when_its_rule_is_met() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleFamily family : families()) {
            family.nationsByKey().forEach((key, nations) -> {
                for (String nation : Applicant.NATIONS) {
                    boolean offered = nations.contains(nation);
                    String name = key + (offered ? " is shown" : " is not shown") + " in " + nation + " with "
                            + family.shownWhen();
                    tests.add(dynamicTest(name, () -> {
                        List<String> keys = resultKeys(family.shown().livingIn(nation));
                        if (offered) {
                            assertThat(keys).contains(key);
                        } else {
                            assertThat(keys).doesNotContain(key);
                        }
                    }));
                }
            });
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> each_key_is_not_shown_when_its_rule_is_not_met() {
        List<DynamicTest> tests = new ArrayList<>();
        for (RuleFamily family : families()) {
            family.nationsByKey().forEach((key, nations) -> {
                for (RuleFamily.Counterexample counterexample : family.notShown()) {
                    for (String nation : nations) {
                        String name = key + " is not shown in " + nation + " with " + counterexample.when();
                        tests.add(dynamicTest(name, () -> assertThat(resultKeys(
                                        counterexample.applicant().livingIn(nation)))
                                .doesNotContain(key)));
                    }
                }
            });
        }
        return tests.stream();
    }

    static List<String> resultKeys(Applicant applicant) {
        BenefitsCheckOutcome outcome = CHECKER.check(applicant.answers());
        assertThat(outcome.complete()).as("the example answers every question").isTrue();
        return outcome.results().stream().map(BenefitsCheckOutcome.Result::key).toList();
    }
}
