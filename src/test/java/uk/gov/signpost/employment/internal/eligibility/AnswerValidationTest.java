package uk.gov.signpost.employment.internal.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.signpost.employment.internal.eligibility.Applicant.anApplicant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.platform.InvalidFieldException;

/** Answers that cannot be used are refused with a stable code and the field at fault. */
class AnswerValidationTest {

    private static final BenefitsChecker CHECKER = new BenefitsChecker(Rulebooks.readDefault());

    @Test
    void given_an_unknown_question_when_checked_then_it_is_refused_as_unknown_question() {
        assertRefused(anApplicant().with("favourite_colour", "blue"), "unknown_question", "answers.favourite_colour");
    }

    @Test
    void given_an_unknown_option_when_checked_then_it_is_refused_naming_the_choices() {
        assertThatThrownBy(() -> CHECKER.check(anApplicant().livingIn("france").answers()))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.code()).isEqualTo("unknown_option");
                    assertThat(e.field()).isEqualTo("answers.where_do_you_live");
                    assertThat(e.getMessage()).contains("england, wales, scotland, northern-ireland");
                });
    }

    @Test
    void given_a_checkbox_question_with_no_value_when_checked_then_it_is_refused_as_missing_value() {
        assertRefused(anApplicant().withChildren(), "missing_value", "answers.age_of_children");
    }

    @Test
    void given_a_checkbox_option_that_does_not_exist_when_checked_then_it_is_refused() {
        assertRefused(anApplicant().withChildren("2", "20_to_21"), "unknown_option", "answers.age_of_children");
    }

    @Test
    void given_a_radio_question_with_two_values_when_checked_then_it_is_refused_as_too_many_values() {
        assertRefused(anApplicant().with("over_state_pension_age", "yes", "no"), "too_many_values",
                "answers.over_state_pension_age");
    }

    @Test
    void given_a_missing_or_null_value_when_checked_then_it_is_refused_as_missing_value() {
        Map<String, List<String>> answers = new HashMap<>(anApplicant().answers());
        answers.put("on_benefits", null);
        assertThatThrownBy(() -> CHECKER.check(answers))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.code()).isEqualTo("missing_value"));

        answers.put("on_benefits", new ArrayList<>(Arrays.asList((String) null)));
        assertThatThrownBy(() -> CHECKER.check(answers))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.code()).isEqualTo("missing_value"));
    }

    @Test
    void given_a_valid_answer_to_a_question_the_branching_skips_when_checked_then_it_is_ignored() {
        Applicant skipped = anApplicant().withoutDisability().with("disability_affecting_work", "yes_unable_to_work");

        assertThat(CHECKER.check(skipped.answers())).isEqualTo(CHECKER.check(anApplicant().answers()));
    }

    @Test
    void given_an_invalid_answer_to_a_question_the_branching_skips_when_checked_then_it_is_still_refused() {
        assertRefused(anApplicant().with("disability_affecting_work", "sometimes"), "unknown_option",
                "answers.disability_affecting_work");
    }

    @Test
    void given_a_checkbox_option_twice_when_checked_then_it_counts_once() {
        assertThat(CHECKER.check(anApplicant().withChildren("2", "2").answers()))
                .isEqualTo(CHECKER.check(anApplicant().withChildren("2").answers()));
    }

    private static void assertRefused(Applicant applicant, String code, String field) {
        assertThatThrownBy(() -> CHECKER.check(applicant.answers()))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).isNotBlank();
                });
    }
}
