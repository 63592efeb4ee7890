package uk.gov.signpost.employment.internal.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.signpost.employment.internal.eligibility.Applicant.anApplicant;
import static uk.gov.signpost.employment.internal.eligibility.EveryBenefitRuleTest.resultKeys;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two lines GOV.UK draws with numbers. Its labels put exactly £16,000 in "£16,000 or more" ({@code over_16000})
 * and exactly 16 hours in "16 hours or more" ({@code sixteen_or_more_per_week}).
 */
class BoundaryTest {

    private static final Rulebook RULEBOOK = RulebookReader.readDefault();

    @Test
    void given_16000_or_more_in_savings_when_checked_then_universal_credit_and_disabled_facilities_grant_are_not_shown() {
        Applicant applicant = anApplicant().withDisability("no", "no").savings("over_16000");

        assertThat(resultKeys(applicant)).doesNotContain("universal_credit", "disabled_facilities_grant");
        assertThat(resultKeys(applicant.livingIn("northern-ireland")))
                .doesNotContain("universal_credit_northern_ireland", "disabled_facilities_grant_ni");
    }

    @ParameterizedTest(name = "savings {0}")
    @ValueSource(strings = {"under_16000", "none_16000"})
    void given_less_than_16000_in_savings_when_checked_then_universal_credit_and_disabled_facilities_grant_are_shown(
            String savings) {
        Applicant applicant = anApplicant().withDisability("no", "no").savings(savings);

        assertThat(resultKeys(applicant)).contains("universal_credit", "disabled_facilities_grant");
        assertThat(resultKeys(applicant.livingIn("northern-ireland")))
                .contains("universal_credit_northern_ireland", "disabled_facilities_grant_ni");
    }

    @Test
    void exactly_16000_pounds_is_the_over_16000_answer_because_its_label_says_16000_or_more() {
        Question savings = RULEBOOK.question("assets_and_savings").orElseThrow();

        assertThat(savings.option("over_16000").orElseThrow().label()).isEqualTo("£16,000 or more");
        assertThat(savings.option("under_16000").orElseThrow().label()).isEqualTo("Less than £16,000");
    }

    @Test
    void given_work_of_16_hours_or_more_when_checked_then_jobseekers_allowance_is_not_shown() {
        Applicant applicant = anApplicant().workingSixteenHoursOrMore();

        assertThat(resultKeys(applicant)).doesNotContain("jobseekers_allowance");
        assertThat(resultKeys(applicant.livingIn("northern-ireland")))
                .doesNotContain("jobseekers_allowance_northern_ireland");
    }

    @Test
    void given_work_of_less_than_16_hours_when_checked_then_jobseekers_allowance_is_shown() {
        Applicant applicant = anApplicant().workingUnderSixteenHours();

        assertThat(resultKeys(applicant)).contains("jobseekers_allowance");
        assertThat(resultKeys(applicant.livingIn("northern-ireland")))
                .contains("jobseekers_allowance_northern_ireland");
    }

    @Test
    void exactly_16_hours_is_the_sixteen_or_more_answer_because_the_other_label_says_less_than_16() {
        Question hours = RULEBOOK.question("how_many_paid_hours_work").orElseThrow();

        assertThat(hours.option("sixteen_or_more_per_week").orElseThrow().label())
                .isEqualTo("I usually work 16 hours or more a week");
        assertThat(hours.option("sixteen_or_less_per_week").orElseThrow().label())
                .isEqualTo("I usually work less than 16 hours a week");
    }

    @Test
    void given_under_16_hours_but_unable_to_work_at_all_when_checked_then_jobseekers_allowance_is_not_shown() {
        Applicant applicant = anApplicant().workingUnderSixteenHours().withDisability("no", "yes_unable_to_work");

        assertThat(resultKeys(applicant)).doesNotContain("jobseekers_allowance");
    }
}
