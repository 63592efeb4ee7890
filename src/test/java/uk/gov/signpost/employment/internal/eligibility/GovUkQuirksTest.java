package uk.gov.signpost.employment.internal.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.signpost.employment.internal.eligibility.Applicant.anApplicant;
import static uk.gov.signpost.employment.internal.eligibility.EveryBenefitRuleTest.resultKeys;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.signpost.employment.BenefitsCheckOutcome;

/** GOV.UK's behaviour where it looks odd. We match it on purpose, so that our answers agree with GOV.UK's tool. */
class GovUkQuirksTest {

    private static final BenefitsChecker CHECKER = new BenefitsChecker(Rulebooks.readDefault());

    @Test
    void govuks_flow_test_profile_gets_exactly_15_results_in_catalogue_order() {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        answers.put("where_do_you_live", List.of("england"));
        answers.put("over_state_pension_age", List.of("yes"));
        answers.put("are_you_working", List.of("yes"));
        answers.put("how_many_paid_hours_work", List.of("sixteen_or_less_per_week"));
        answers.put("disability_or_health_condition", List.of("no"));
        answers.put("carer_disability_or_health_condition", List.of("no"));
        answers.put("children_living_with_you", List.of("yes"));
        answers.put("age_of_children", List.of("5_to_7"));
        answers.put("children_with_disability", List.of("yes"));
        answers.put("on_benefits", List.of("yes"));
        answers.put("current_benefits", List.of("universal_credit"));
        answers.put("assets_and_savings", List.of("under_16000"));

        BenefitsCheckOutcome outcome = CHECKER.check(answers);

        assertThat(outcome.complete()).isTrue();
        assertThat(outcome.results()).extracting(BenefitsCheckOutcome.Result::key).containsExactly(
                "pension_credit",
                "housing_benefit",
                "tax_free_childcare_with_disability",
                "winter_fuel_payment",
                "disability_living_allowance_for_children",
                "council_tax_reduction",
                "child_benefit",
                "nhs_help_with_health_costs",
                "free_school_meals_england",
                "home_to_school_transport",
                "apply_for_an_older_persons_bus_pass_england",
                "support_for_mortgage_interest_(smi)",
                "warm_home_discount_scheme",
                "disabled_facilities_grant",
                "cost_of_living_local_council");
    }

    @Test
    void the_count_includes_the_entries_shown_to_everyone() {
        assertThat(resultKeys(anApplicant())).containsExactly(
                "housing_benefit",
                "council_tax_reduction",
                "nhs_help_with_health_costs",
                "cost_of_living_local_council");
    }

    @Test
    void a_disqualifying_benefit_blocks_a_result_even_alongside_a_qualifying_one() {
        Applicant expecting = anApplicant().withChildren("pregnant");

        assertThat(resultKeys(expecting.onBenefits("universal_credit"))).contains("sure_start_maternity_grant");
        assertThat(resultKeys(expecting.onBenefits("universal_credit", "housing_benefit")))
                .doesNotContain("sure_start_maternity_grant");
    }

    @Test
    void not_knowing_about_benefits_counts_as_getting_the_right_ones() {
        assertThat(resultKeys(anApplicant().notSureAboutBenefits()))
                .contains("budgeting_loan", "support_for_mortgage_interest_(smi)", "warm_home_discount_scheme");
    }

    @Test
    void an_unasked_disability_question_counts_as_not_unable_to_work_so_jobseekers_allowance_is_shown() {
        Applicant noDisability = anApplicant().notWorking();

        assertThat(resultKeys(noDisability)).contains("jobseekers_allowance");
        assertThat(resultKeys(noDisability.with("disability_affecting_work", "yes_unable_to_work")))
                .as("an answer to a question the branching skips is ignored")
                .contains("jobseekers_allowance");
    }

    @Test
    void housing_benefit_has_no_age_or_savings_test() {
        assertThat(resultKeys(anApplicant().underStatePensionAge().savings("over_16000"))).contains("housing_benefit");
    }

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"wales", "scotland", "northern-ireland"})
    void the_older_persons_bus_pass_is_shown_at_any_age_outside_england(String nation) {
        assertThat(resultKeys(anApplicant().underStatePensionAge().livingIn(nation)))
                .containsAnyOf(
                        "apply_for_an_older_persons_bus_pass_wales",
                        "apply_for_an_older_persons_bus_pass_scotland",
                        "apply_for_an_older_persons_travel_pass_ni");
        assertThat(resultKeys(anApplicant().underStatePensionAge()))
                .doesNotContain("apply_for_an_older_persons_bus_pass_england");
    }

    @Test
    void a_free_or_discounted_tv_licence_is_shown_for_any_disability_at_any_age() {
        assertThat(resultKeys(anApplicant().underStatePensionAge().withDisability("no", "no")))
                .contains("free_tv_licence");
    }

    @Test
    void scotlands_funded_early_learning_is_shown_for_a_child_aged_5_to_7() {
        assertThat(resultKeys(anApplicant().livingIn("scotland").withChildren("5_to_7")))
                .contains("funded_early_learning_and_childcare_scotland");
    }

    @Test
    void child_winter_heating_payment_is_shown_for_a_disabled_child_of_any_age() {
        assertThat(resultKeys(anApplicant().livingIn("scotland").withDisabledChildren("18_to_19")))
                .contains("child_winter_heating_payment");
    }

    @Test
    void help_to_save_has_no_savings_test() {
        assertThat(resultKeys(anApplicant().savings("over_16000").onBenefits("universal_credit")))
                .contains("help_to_save");
    }

    @Test
    void getting_universal_credit_rules_out_a_budgeting_loan() {
        assertThat(resultKeys(anApplicant().onBenefits("universal_credit", "income_support")))
                .doesNotContain("budgeting_loan");
    }

    @Test
    void maternity_allowance_does_not_depend_on_work() {
        assertThat(resultKeys(anApplicant().retired().withChildren("pregnant"))).contains("maternity_allowance");
    }

    @Test
    void scotland_has_no_pip_entry_and_adult_disability_payment_needs_daily_tasks_affected() {
        List<String> keys = resultKeys(anApplicant().livingIn("scotland").withDisability("no", "yes_limits_work"));

        assertThat(keys).noneMatch(key -> key.startsWith("personal_independence_payment"));
        assertThat(keys).doesNotContain("adult_disability_payment_scotland");
    }

    @Test
    void england_has_no_discretionary_housing_payment() {
        assertThat(resultKeys(anApplicant().onBenefits("housing_benefit"))).noneMatch(key -> key.startsWith(
                "discretionary_housing_payment"));
    }
}
