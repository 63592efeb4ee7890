package uk.gov.signpost.employment.internal.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.employment.BenefitsCheckOutcome;

/**
 * Runs a fixed random sample of complete answers through the rules data and through {@link ReferenceOracle}, a
 * second typing of the reference table, and expects the same results in the reference's catalogue order.
 */
class AgreesWithTheReferenceTest {

    private static final Rulebook RULEBOOK = RulebookReader.readDefault();
    private static final BenefitsChecker CHECKER = new BenefitsChecker(Rulebooks.readDefault());
    private static final ReferenceOracle ORACLE = new ReferenceOracle();
    private static final List<String> AGES =
            List.of("pregnant", "1_or_under", "2", "3_to_4", "5_to_7", "8_to_11", "12_to_15", "16_to_17", "18_to_19");
    private static final List<String> BENEFITS = List.of("universal_credit", "jobseekers_allowance",
            "employment_and_support_allowance", "pension_credit", "income_support", "housing_benefit");

    @Test
    void the_rules_data_lists_the_90_keys_in_the_references_catalogue_order() {
        assertThat(RULEBOOK.rules()).extracting(BenefitRule::key).containsExactlyElementsOf(ORACLE.keys());
    }

    @Test
    void for_5000_sampled_answer_sets_the_results_match_the_reference() {
        Random random = new Random(20261129L);
        for (int i = 0; i < 5000; i++) {
            ReferenceOracle.Profile profile = aProfile(random);

            List<String> shown = CHECKER.check(answersFor(profile)).results().stream()
                    .map(BenefitsCheckOutcome.Result::key)
                    .toList();

            assertThat(shown).as("%s", profile).containsExactlyElementsOf(
                    ORACLE.keys().stream().filter(ORACLE.shown(profile)::contains).toList());
        }
    }

    private static ReferenceOracle.Profile aProfile(Random random) {
        String working = pick(random, List.of("yes", "no", "no_retired"));
        boolean disability = random.nextBoolean();
        boolean kids = random.nextBoolean();
        String onBenefits = pick(random, List.of("yes", "no", "dont_know"));
        return new ReferenceOracle.Profile(
                pick(random, Applicant.NATIONS),
                random.nextBoolean(),
                working,
                working.equals("yes")
                        ? pick(random, List.of("sixteen_or_more_per_week", "sixteen_or_less_per_week"))
                        : null,
                disability,
                disability ? pick(random, List.of("yes", "no")) : null,
                disability ? pick(random, List.of("yes_unable_to_work", "yes_limits_work", "no")) : null,
                random.nextBoolean(),
                kids,
                kids ? someOf(random, AGES) : Set.of(),
                kids ? pick(random, List.of("yes", "no")) : null,
                onBenefits,
                onBenefits.equals("yes") ? someOf(random, BENEFITS) : Set.of(),
                pick(random, List.of("over_16000", "under_16000", "none_16000")));
    }

    private static java.util.Map<String, List<String>> answersFor(ReferenceOracle.Profile p) {
        Applicant applicant = Applicant.nobody()
                .with("where_do_you_live", p.country())
                .with("over_state_pension_age", p.spa() ? "yes" : "no")
                .with("are_you_working", p.working())
                .with("disability_or_health_condition", p.disability() ? "yes" : "no")
                .with("carer_disability_or_health_condition", p.carer() ? "yes" : "no")
                .with("children_living_with_you", p.kids() ? "yes" : "no")
                .with("on_benefits", p.onBenefits())
                .with("assets_and_savings", p.savings());
        if (p.hours() != null) {
            applicant = applicant.with("how_many_paid_hours_work", p.hours());
        }
        if (p.disability()) {
            applicant = applicant.with("disability_affecting_daily_tasks", p.dailyTasks())
                    .with("disability_affecting_work", p.affectsWork());
        }
        if (p.kids()) {
            applicant = applicant.with("age_of_children", p.ages().toArray(String[]::new))
                    .with("children_with_disability", p.childDisability());
        }
        if (!p.current().isEmpty()) {
            applicant = applicant.with("current_benefits", p.current().toArray(String[]::new));
        }
        return applicant.answers();
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A random non-empty subset, mostly small, as people tick one or two boxes. */
    private static Set<String> someOf(Random random, List<String> values) {
        List<String> shuffled = new ArrayList<>(values);
        java.util.Collections.shuffle(shuffled, random);
        int size = random.nextInt(4) == 0 ? 1 + random.nextInt(values.size()) : 1 + random.nextInt(2);
        return new LinkedHashSet<>(shuffled.subList(0, size));
    }
}
