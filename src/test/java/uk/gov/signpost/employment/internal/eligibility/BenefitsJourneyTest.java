package uk.gov.signpost.employment.internal.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.employment.BenefitsCheckOutcome.Question;

/** Replaying the answers in the address decides what to ask next, so the pages need no session. */
class BenefitsJourneyTest {

    private static final BenefitsChecker CHECK = new BenefitsChecker(Rulebooks.readDefault());

    @Test
    void with_no_answers_the_first_question_is_next() {
        BenefitsJourney journey = BenefitsJourney.replay(CHECK, Map.of());

        assertThat(journey.next()).extracting(Question::id).isEqualTo("where_do_you_live");
        assertThat(journey.answered()).isEmpty();
        assertThat(journey.before("where_do_you_live")).isEmpty();
    }

    @Test
    void an_answer_that_does_not_fit_its_question_is_asked_again() {
        BenefitsJourney journey = BenefitsJourney.replay(CHECK, answers(
                "where_do_you_live", List.of("england", "wales"),
                "over_state_pension_age", List.of("yes")));

        assertThat(journey.next()).extracting(Question::id).isEqualTo("where_do_you_live");
        assertThat(journey.answers()).containsOnlyKeys("over_state_pension_age");
    }

    @Test
    void answers_beyond_the_next_question_are_kept_so_that_changing_an_early_answer_loses_nothing() {
        Map<String, List<String>> given = new LinkedHashMap<>(Applicant.anApplicant().answers());
        given.put("children_living_with_you", List.of("yes"));

        BenefitsJourney journey = BenefitsJourney.replay(CHECK, given);

        assertThat(journey.next()).extracting(Question::id).isEqualTo("age_of_children");
        assertThat(journey.answers()).containsKeys("on_benefits", "assets_and_savings");
        assertThat(journey.before("age_of_children")).get().extracting(Question::id)
                .isEqualTo("children_living_with_you");
    }

    @Test
    void once_complete_answers_to_questions_no_longer_asked_are_dropped() {
        Map<String, List<String>> given = new LinkedHashMap<>(Applicant.anApplicant().answers());
        given.put("age_of_children", List.of("2"));
        given.put("disability_affecting_work", List.of("no"));

        BenefitsJourney journey = BenefitsJourney.replay(CHECK, given);

        assertThat(journey.complete()).isTrue();
        assertThat(journey.answers()).doesNotContainKeys("age_of_children", "disability_affecting_work");
        assertThat(journey.results()).isEqualTo(CHECK.check(Applicant.anApplicant().answers()).results());
    }

    @Test
    void only_answered_questions_and_the_next_one_can_be_shown() {
        BenefitsJourney journey = BenefitsJourney.replay(CHECK, answers(
                "where_do_you_live", List.of("wales"), "over_state_pension_age", List.of("no")));

        assertThat(journey.askable("where_do_you_live")).isPresent();
        assertThat(journey.askable("are_you_working")).isPresent();
        assertThat(journey.askable("assets_and_savings")).isEmpty();
        assertThat(journey.answerTo("where_do_you_live")).get()
                .extracting(BenefitsJourney.Answered::labels).isEqualTo(List.of("Wales"));
    }

    private static Map<String, List<String>> answers(String q1, List<String> a1, String q2, List<String> a2) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        answers.put(q1, a1);
        answers.put(q2, a2);
        return answers;
    }
}
