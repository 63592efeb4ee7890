package uk.gov.signpost.employment.internal.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.signpost.employment.internal.schemes.Truth.FALSE;
import static uk.gov.signpost.employment.internal.schemes.Truth.TRUE;
import static uk.gov.signpost.employment.internal.schemes.Truth.UNKNOWN;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.employment.EmploymentSituation;
import uk.gov.signpost.employment.Nation;

/** Conditions on what a person told us, where anything they did not say is unknown rather than false. */
class SchemeConditionsTest {

    private final SchemeBookReader reader = new SchemeBookReader();

    @Test
    void and_or_not_follow_three_valued_logic() {
        assertThat(TRUE.and(UNKNOWN)).isEqualTo(UNKNOWN);
        assertThat(FALSE.and(UNKNOWN)).isEqualTo(FALSE);
        assertThat(TRUE.or(UNKNOWN)).isEqualTo(TRUE);
        assertThat(FALSE.or(UNKNOWN)).isEqualTo(UNKNOWN);
        assertThat(UNKNOWN.not()).isEqualTo(UNKNOWN);
        assertThat(TRUE.not()).isEqualTo(FALSE);
    }

    @Test
    void a_fact_not_given_is_unknown() {
        assertThat(test("{\"fact\": \"age\", \"at_least\": 16}", EmploymentSituation.in(Nation.ENGLAND)))
                .isEqualTo(UNKNOWN);
    }

    @Test
    void no_benefits_is_known_and_different_from_not_saying() {
        String onUc = "{\"fact\": \"benefits\", \"includes_any\": [\"universal_credit\"]}";

        assertThat(test(onUc, SituationBuilder.aPerson().onNoBenefits().build())).isEqualTo(FALSE);
        assertThat(test(onUc, SituationBuilder.aPerson().build())).isEqualTo(UNKNOWN);
    }

    @Test
    void if_then_holds_whenever_the_if_is_false() {
        String rule = "{\"if\": {\"fact\": \"benefits\", \"includes_any\": [\"universal_credit\"]},"
                + " \"then\": {\"fact\": \"hours_per_week\", \"more_than\": 1}}";

        assertThat(test(rule, SituationBuilder.aPerson().onNoBenefits().build())).isEqualTo(TRUE);
        assertThat(test(rule, SituationBuilder.aPerson().on(EmploymentSituation.Benefit.UNIVERSAL_CREDIT).build()))
                .isEqualTo(UNKNOWN);
        assertThat(test(rule, SituationBuilder.aPerson().on(EmploymentSituation.Benefit.UNIVERSAL_CREDIT)
                .workingHours(0.5).build())).isEqualTo(FALSE);
    }

    @Test
    void comparisons_are_inclusive_except_more_than() {
        EmploymentSituation sixteen = SituationBuilder.aPerson().aged(16).workingHours(1).build();

        assertThat(test("{\"fact\": \"age\", \"at_least\": 16}", sixteen)).isEqualTo(TRUE);
        assertThat(test("{\"fact\": \"age\", \"at_most\": 16}", sixteen)).isEqualTo(TRUE);
        assertThat(test("{\"fact\": \"hours_per_week\", \"more_than\": 1}", sixteen)).isEqualTo(FALSE);
    }

    private Truth test(String condition, EmploymentSituation situation) {
        return reader.condition(JsonMapper.builder().build().readTree(condition), "test").test(situation);
    }
}
