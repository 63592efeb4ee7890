package uk.gov.signpost.employment.internal.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.signpost.employment.internal.eligibility.Applicant.anApplicant;

import org.junit.jupiter.api.Test;
import uk.gov.signpost.employment.BenefitsCheckOutcome;

/** Each result says, in plain English, which of the person's answers led to it. */
class ReasonWriterTest {

    private static final BenefitsChecker CHECKER = new BenefitsChecker(Rulebooks.readDefault());

    @Test
    void a_carer_is_told_it_is_because_they_care_for_someone() {
        assertThat(reason(anApplicant().caring(), "carers_allowance")).isEqualTo(
                "You said you care for someone with a disability or health condition for at least 35 hours a week.");
    }

    @Test
    void an_entry_shown_to_everyone_says_so() {
        assertThat(reason(anApplicant().livingIn("wales"), "discretionary_assistance_fund"))
                .isEqualTo("You said you live in Wales. Anyone who lives there can check if they qualify.");
    }

    @Test
    void a_benefits_rule_names_what_the_person_gets_and_the_benefit_that_would_rule_them_out() {
        Applicant pensioner = anApplicant().overStatePensionAge().onBenefits("universal_credit");

        assertThat(reason(pensioner, "pension_credit")).isEqualTo(
                "You said you're State Pension age or over, you get Universal Credit and you do not get Pension Credit.");
        assertThat(reason(anApplicant().onBenefits("income_support"), "budgeting_loan")).isEqualTo(
                "You said you get Income Support and you do not get Universal Credit or Housing Benefit.");
    }

    @Test
    void several_answers_to_one_question_say_their_shared_opening_words_once() {
        assertThat(reason(anApplicant().onBenefits("pension_credit", "income_support"), "budgeting_loan")).isEqualTo(
                "You said you get Pension Credit and Income Support and you do not get Universal Credit or Housing"
                        + " Benefit.");
    }

    @Test
    void a_more_specific_answer_replaces_the_one_that_led_to_it() {
        Applicant parent = anApplicant().withChildren("5_to_7").onBenefits("universal_credit");

        assertThat(reason(parent, "free_school_meals_england")).isEqualTo(
                "You said you have a child aged 5 to 7, you get Universal Credit and you do not get Housing Benefit.");
    }

    @Test
    void an_answer_that_met_a_not_test_is_given_as_what_the_person_actually_said() {
        Applicant applicant = anApplicant().notWorking().withDisability("no", "yes_limits_work");

        assertThat(reason(applicant, "employment_and_support_allowance")).isEqualTo(
                "You said you're under State Pension age, you're not in paid work and your disability or health"
                        + " condition limits how much you can work.");
    }

    @Test
    void a_rule_met_one_of_two_ways_explains_the_way_that_applied() {
        Applicant parent = anApplicant().overStatePensionAge().withDisabledChildren("18_to_19");

        assertThat(reason(parent, "personal_independence_payment")).isEqualTo(
                "You said you have a child aged 18 to 19 and a child living with you has a disability.");
        assertThat(reason(anApplicant().workingUnderSixteenHours(), "jobseekers_allowance"))
                .isEqualTo("You said you're under State Pension age and you usually work less than 16 hours a week.");
    }

    @Test
    void not_knowing_about_benefits_is_said_once() {
        assertThat(reason(anApplicant().livingIn("scotland").withChildren("2").notSureAboutBenefits(),
                        "best_start_foods_scotland"))
                .isEqualTo("You said you have a child aged 2 and you do not know if you get any of the benefits we listed.");
    }

    @Test
    void every_result_for_a_busy_profile_has_a_finished_sentence() {
        Applicant busy = anApplicant().livingIn("northern-ireland").overStatePensionAge().workingUnderSixteenHours()
                .withDisability("yes", "yes_limits_work").caring().withDisabledChildren("pregnant", "2", "16_to_17")
                .onBenefits("pension_credit", "income_support").savings("none_16000");

        assertThat(CHECKER.check(busy.answers()).results()).isNotEmpty().allSatisfy(result -> assertThat(result.reason())
                .startsWith("You said ")
                .endsWith(".")
                .doesNotContain("{}", "  ", "_"));
    }

    private static String reason(Applicant applicant, String key) {
        return CHECKER.check(applicant.answers()).results().stream()
                .filter(result -> result.key().equals(key))
                .map(BenefitsCheckOutcome.Result::reason)
                .findFirst()
                .orElseThrow(() -> new AssertionError(key + " was not shown"));
    }
}
