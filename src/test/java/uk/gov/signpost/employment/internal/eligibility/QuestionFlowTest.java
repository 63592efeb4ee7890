package uk.gov.signpost.employment.internal.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.signpost.employment.internal.eligibility.Applicant.anApplicant;
import static uk.gov.signpost.employment.internal.eligibility.Applicant.nobody;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.employment.BenefitsCheckOutcome;
import uk.gov.signpost.employment.BenefitsCheckOutcome.AnswerType;
import uk.gov.signpost.employment.BenefitsCheckOutcome.Option;

/** Which questions come next, in GOV.UK's order and branching. */
class QuestionFlowTest {

    private static final BenefitsChecker CHECKER = new BenefitsChecker(Rulebooks.readDefault());

    @Test
    void given_no_answers_when_checked_then_every_question_on_every_path_is_needed_but_none_behind_a_branch() {
        BenefitsCheckOutcome outcome = CHECKER.check(nobody().answers());

        assertThat(outcome.complete()).isFalse();
        assertThat(outcome.results()).isEmpty();
        assertThat(nextIds(nobody())).containsExactly(
                "where_do_you_live",
                "over_state_pension_age",
                "are_you_working",
                "disability_or_health_condition",
                "carer_disability_or_health_condition",
                "children_living_with_you",
                "on_benefits",
                "assets_and_savings");
    }

    @Test
    void given_paid_work_when_checked_then_hours_are_asked_straight_after() {
        Applicant working = nobody().with("where_do_you_live", "wales").with("over_state_pension_age", "no")
                .with("are_you_working", "yes");

        assertThat(nextIds(working)).startsWith("how_many_paid_hours_work", "disability_or_health_condition");
        assertThat(nextIds(working.with("are_you_working", "no_retired"))).doesNotContain("how_many_paid_hours_work");
    }

    @Test
    void given_a_disability_when_checked_then_daily_tasks_and_work_are_asked_in_that_order() {
        Applicant disabled = anApplicant().with("disability_or_health_condition", "yes");

        assertThat(nextIds(disabled)).containsExactly("disability_affecting_daily_tasks", "disability_affecting_work");
    }

    @Test
    void given_children_when_checked_then_their_ages_and_disability_are_asked() {
        Applicant parent = anApplicant().with("children_living_with_you", "yes");

        assertThat(nextIds(parent)).containsExactly("age_of_children", "children_with_disability");
    }

    @Test
    void given_benefits_when_checked_then_which_ones_is_asked_before_savings() {
        Applicant claimant = anApplicant().with("on_benefits", "yes").without("assets_and_savings");

        assertThat(nextIds(claimant)).containsExactly("current_benefits", "assets_and_savings");
        assertThat(nextIds(claimant.with("on_benefits", "dont_know"))).containsExactly("assets_and_savings");
    }

    @Test
    void answers_can_come_in_any_order_and_answered_questions_are_not_asked_again() {
        Applicant partly = nobody().with("assets_and_savings", "none_16000").with("where_do_you_live", "scotland");

        assertThat(nextIds(partly)).startsWith("over_state_pension_age").doesNotContain("where_do_you_live",
                "assets_and_savings");
    }

    @Test
    void given_every_question_on_the_path_answered_when_checked_then_it_is_complete_with_results() {
        BenefitsCheckOutcome outcome = CHECKER.check(anApplicant().answers());

        assertThat(outcome.complete()).isTrue();
        assertThat(outcome.nextQuestions()).isEmpty();
        assertThat(outcome.results()).isNotEmpty();
    }

    @Test
    void a_next_question_carries_govuks_wording_type_and_options_for_a_page_that_asks_one_at_a_time() {
        BenefitsCheckOutcome.Question ages = next(anApplicant().with("children_living_with_you", "yes")).get(0);

        assertThat(ages.id()).isEqualTo("age_of_children");
        assertThat(ages.text()).isEqualTo("How old are the children who live with you?");
        assertThat(ages.type()).isEqualTo(AnswerType.CHECKBOX);
        assertThat(ages.options()).extracting(Option::value).containsExactly(
                "pregnant", "1_or_under", "2", "3_to_4", "5_to_7", "8_to_11", "12_to_15", "16_to_17", "18_to_19");
        assertThat(ages.options().get(0).label()).isEqualTo("I'm expecting a child");

        BenefitsCheckOutcome.Question where = next(nobody()).get(0);
        assertThat(where.type()).isEqualTo(AnswerType.RADIO);
        assertThat(where.hint()).isNull();
        assertThat(where.options()).extracting(Option::label)
                .containsExactly("England", "Wales", "Scotland", "Northern Ireland");
    }

    @Test
    void every_question_has_govuks_id_and_option_values() {
        Rulebook rulebook = RulebookReader.readDefault();

        assertThat(rulebook.questions()).extracting(Question::id).containsExactly(
                "where_do_you_live", "over_state_pension_age", "are_you_working", "how_many_paid_hours_work",
                "disability_or_health_condition", "disability_affecting_daily_tasks", "disability_affecting_work",
                "carer_disability_or_health_condition", "children_living_with_you", "age_of_children",
                "children_with_disability", "on_benefits", "current_benefits", "assets_and_savings");
        assertThat(rulebook.question("are_you_working").orElseThrow().values())
                .containsExactly("yes", "no", "no_retired");
        assertThat(rulebook.question("disability_affecting_work").orElseThrow().values())
                .containsExactly("yes_unable_to_work", "yes_limits_work", "no");
        assertThat(rulebook.question("on_benefits").orElseThrow().values()).containsExactly("yes", "no", "dont_know");
        assertThat(rulebook.question("current_benefits").orElseThrow().values()).containsExactly(
                "universal_credit", "jobseekers_allowance", "employment_and_support_allowance", "pension_credit",
                "income_support", "housing_benefit");
        assertThat(rulebook.question("assets_and_savings").orElseThrow().values())
                .containsExactly("over_16000", "under_16000", "none_16000");
    }

    private static List<BenefitsCheckOutcome.Question> next(Applicant applicant) {
        return CHECKER.check(applicant.answers()).nextQuestions();
    }

    private static List<String> nextIds(Applicant applicant) {
        return next(applicant).stream().map(BenefitsCheckOutcome.Question::id).toList();
    }
}
