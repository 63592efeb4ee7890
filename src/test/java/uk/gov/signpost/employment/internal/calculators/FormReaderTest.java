package uk.gov.signpost.employment.internal.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

/** The calculator forms read what people type as GOV.UK forms do, and say which box is wrong and why. */
class FormReaderTest {

    private final FormReader reader = new FormReader();

    @Test
    void amounts_may_have_a_pound_sign_commas_and_spaces() {
        assertThat(reader.amount("pay", " £1,250.50 ", "pay")).isEqualByComparingTo("1250.50");
        assertThat(reader.amount("pay", "-5", "pay")).isEqualByComparingTo("-5");
        assertThat(reader.hasProblems()).as("a negative amount is the calculator's rule to refuse").isFalse();
    }

    @Test
    void a_date_that_is_not_real_is_invalid_and_kept_against_the_day_box() {
        assertThat(reader.date("pay-date", "31", "2", "2026", "date")).isNull();

        assertThat(codes(reader.problems())).containsExactly(Map.entry("pay-date-day", "date.invalid"));
    }

    @Test
    void a_date_with_no_parts_is_missing_and_a_two_digit_year_is_invalid() {
        assertThat(reader.date("a", "", " ", null, "date")).isNull();
        assertThat(reader.date("b", "1", "6", "26", "date")).isNull();
        assertThat(reader.date("c", " 1", "06 ", "2026", "date")).isEqualTo(LocalDate.of(2026, 6, 1));

        assertThat(codes(reader.problems()))
                .containsExactly(Map.entry("a-day", "date.missing"), Map.entry("b-day", "date.invalid"));
    }

    @Test
    void whole_numbers_refuse_words_and_decimals_and_an_optional_one_may_be_blank() {
        assertThat(reader.wholeNumber("age", "forty", "age")).isNull();
        assertThat(reader.wholeNumber("days", "7.5", "days")).isNull();
        assertThat(reader.optionalWholeNumber("other", "  ", "other")).isNull();
        assertThat(reader.number("hours", "37.5", "hours")).isEqualByComparingTo(new BigDecimal("37.5"));

        assertThat(codes(reader.problems()))
                .containsExactly(Map.entry("age", "age.invalid"), Map.entry("days", "days.invalid"));
    }

    @Test
    void a_radio_value_that_is_not_an_option_counts_as_nothing_chosen() {
        Map<String, String> options = Map.of("no", "NO");

        assertThat(reader.choice("apprentice", "maybe", options, "apprentice")).isNull();

        assertThat(codes(reader.problems())).containsExactly(Map.entry("apprentice", "apprentice.missing"));
    }

    @Test
    void a_calculators_rule_keeps_its_own_words_and_does_not_replace_a_problem_already_found() {
        reader.wholeNumber("age", "", "age");
        reader.add("age", "Enter an age between 16 and 100");
        reader.add("weekly-pay", "Enter weekly pay of £0 or more");

        assertThat(reader.problems().get("age").getCodes()).containsExactly("age.missing");
        assertThat(reader.problems().get("weekly-pay").getDefaultMessage()).isEqualTo("Enter weekly pay of £0 or more");
    }

    private static Map<String, String> codes(Map<String, MessageSourceResolvable> problems) {
        Map<String, String> codes = new java.util.LinkedHashMap<>();
        problems.forEach((input, problem) -> codes.put(input, problem.getCodes()[0]));
        return codes;
    }
}
