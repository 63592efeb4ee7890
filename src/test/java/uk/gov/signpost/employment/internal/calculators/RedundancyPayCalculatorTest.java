package uk.gov.signpost.employment.internal.calculators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.signpost.employment.internal.calculators.RedundancyPayCommandBuilder.aRedundancy;
import static uk.gov.signpost.employment.internal.calculators.Rejections.assertRejected;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedundancyPayCalculatorTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final RedundancyPayCaps CAPS = RedundancyPayCaps.load();

    /** 29 November 2026: the window runs from 1 January 2023 to 31 December 2027. */
    private final RedundancyPayCalculator calculator = calculatorOn("2026-11-29");

    private static RedundancyPayCalculator calculatorOn(String today) {
        Clock clock = Clock.fixed(LocalDate.parse(today).atStartOfDay(UK).plusHours(12).toInstant(), UK);
        return new RedundancyPayCalculator(CAPS, new DismissalDateWindow(clock));
    }

    @Nested
    class Weeks_of_pay {

        @ParameterizedTest(name = "age {0} with {1} years: {2} weeks")
        @CsvSource({
            // Statutory bands 21/22: the year ending at 22 was worked at 21, so it is half a week.
            "22, 2, 1.0",
            "23, 2, 1.5",
            // Statutory bands 40/41: the year ending at 41 was worked at 40, so it is one week.
            "41, 2, 2.0",
            "42, 2, 2.5",
            "17, 2, 1.0",
            "45, 10, 12.0",
            "35, 20, 16.5",
        })
        void each_year_counts_by_the_age_it_was_worked_at(int age, String years, String weeks) {
            RedundancyPayResult result = calculator.calculate(aRedundancy().aged(age).withYears(years).build());

            assertThat(result.entitled()).isTrue();
            assertThat(result.weeks()).isEqualByComparingTo(weeks);
        }

        @Test
        void at_most_20_years_count() {
            RedundancyPayResult twenty = calculator.calculate(aRedundancy().aged(64).withYears("20").build());
            RedundancyPayResult fortyNine = calculator.calculate(aRedundancy().aged(64).withYears("49").build());

            assertThat(twenty.weeks()).isEqualByComparingTo("30.0");
            assertThat(fortyNine.weeks()).isEqualByComparingTo("30.0");
            assertThat(fortyNine.amount()).isEqualByComparingTo(twenty.amount());
        }

        @Test
        void under_2_full_years_is_no_statutory_redundancy_pay() {
            RedundancyPayResult result = calculator.calculate(aRedundancy().withYears("1.99").build());

            assertThat(result.entitled()).isFalse();
            assertThat(result.weeks()).isEqualByComparingTo("0");
            assertThat(result.amount()).isEqualByComparingTo("0.00");
            assertThat(result.amountNi()).isEqualByComparingTo("0.00");
            assertThat(result.reason()).contains("at least 2 full years");
        }

        @Test
        void exactly_2_years_is_enough() {
            assertThat(calculator.calculate(aRedundancy().withYears("2").build()).entitled()).isTrue();
        }

        @Test
        void years_are_rounded_down_to_whole_years_as_govuk_does() {
            RedundancyPayResult result = calculator.calculate(aRedundancy().aged(30).withYears("2.9").build());

            assertThat(result.weeks()).isEqualByComparingTo("2.0");
        }
    }

    @Nested
    class Amounts {

        @Test
        void weekly_pay_under_the_cap_is_used_as_it_is() {
            RedundancyPayResult result = calculator.calculate(
                    aRedundancy().on("2026-06-01").aged(42).withYears("2").earning("400").build());

            assertThat(result.amount()).isEqualByComparingTo("1000.00");
            assertThat(result.amountNi()).isEqualByComparingTo("1000.00");
        }

        @Test
        void weekly_pay_over_the_cap_is_capped_separately_for_great_britain_and_northern_ireland() {
            RedundancyPayResult result = calculator.calculate(
                    aRedundancy().on("2026-06-01").aged(42).withYears("2").earning("1000").build());

            assertThat(result.weeklyPayCap()).isEqualByComparingTo("751");
            assertThat(result.amount()).isEqualByComparingTo("1877.50");
            assertThat(result.weeklyPayCapNi()).isEqualByComparingTo("783");
            assertThat(result.amountNi()).isEqualByComparingTo("1957.50");
        }

        @Test
        void the_most_anyone_gets_is_30_weeks_at_the_cap() {
            RedundancyPayResult result = calculator.calculate(
                    aRedundancy().on("2026-06-01").aged(61).withYears("20").earning("5000").build());

            assertThat(result.amount()).isEqualByComparingTo("22530.00").isEqualByComparingTo(result.maximumAmount());
            assertThat(result.amountNi()).isEqualByComparingTo("23490.00")
                    .isEqualByComparingTo(result.maximumAmountNi());
        }

        @Test
        void pence_are_rounded_half_up() {
            // 1.5 weeks at £100.03 is £150.045: half-up gives £150.05 where banker's rounding would give £150.04.
            RedundancyPayResult result = calculator.calculate(
                    aRedundancy().aged(23).withYears("2").earning("100.03").build());

            assertThat(result.amount()).isEqualTo("150.05");
        }

        @Test
        void amounts_have_two_decimal_places() {
            RedundancyPayResult result = calculator.calculate(aRedundancy().earning("500").build());

            assertThat(result.amount().scale()).isEqualTo(2);
            assertThat(result.weeklyPayCap().scale()).isEqualTo(2);
        }

        @Test
        void zero_pay_is_accepted_and_pays_nothing() {
            assertThat(calculator.calculate(aRedundancy().earning("0").build()).amount()).isEqualByComparingTo("0");
        }

        @Test
        void the_result_carries_its_source_and_the_dates_its_rates_apply_from() {
            RedundancyPayResult result = calculator.calculate(aRedundancy().on("2026-06-01").build());

            assertThat(result.source()).isEqualTo("https://www.gov.uk/calculate-your-redundancy-pay");
            assertThat(result.appliesFrom()).isEqualTo(LocalDate.of(2026, 4, 6));
            assertThat(result.appliesFromNi()).isEqualTo(LocalDate.of(2026, 4, 6));
        }
    }

    @Nested
    class Rates_by_date {

        @Test
        void quirk_northern_ireland_2018_19_shows_a_maximum_of_15000_while_the_sum_can_reach_15900() {
            RedundancyPayResult result = calculatorOn("2021-03-01").calculate(
                    aRedundancy().on("2018-06-01").aged(61).withYears("20").earning("5000").build());

            assertThat(result.weeklyPayCapNi()).isEqualByComparingTo("530");
            assertThat(result.maximumAmountNi()).isEqualByComparingTo("15000");
            assertThat(result.amountNi()).isEqualByComparingTo("15900.00");
            assertThat(result.amount()).isEqualByComparingTo("15240.00");
        }

        @Test
        void northern_ireland_changed_its_cap_on_14_february_2016_while_great_britain_did_not() {
            RedundancyPayCalculator in2019 = calculatorOn("2019-06-01");

            RedundancyPayResult before = in2019.calculate(aRedundancy().on("2016-02-13").earning("5000").build());
            RedundancyPayResult after = in2019.calculate(aRedundancy().on("2016-02-14").earning("5000").build());

            assertThat(before.weeklyPayCapNi()).isEqualByComparingTo("490");
            assertThat(after.weeklyPayCapNi()).isEqualByComparingTo("500");
            assertThat(after.appliesFromNi()).isEqualTo(LocalDate.of(2016, 2, 14));
            assertThat(before.weeklyPayCap()).isEqualByComparingTo(after.weeklyPayCap()).isEqualByComparingTo("475");
        }

        @Test
        void a_date_after_the_last_row_but_inside_the_window_uses_the_newest_rates_as_govuk_does() {
            RedundancyPayResult result = calculator.calculate(aRedundancy().on("2027-06-01").build());

            assertThat(result.weeklyPayCap()).isEqualByComparingTo("751");
            assertThat(result.weeklyPayCapNi()).isEqualByComparingTo("783");
        }

        @Test
        void the_first_day_with_rates_is_1_january_2012() {
            RedundancyPayResult result = calculatorOn("2015-03-01").calculate(aRedundancy().on("2012-01-01").build());

            assertThat(result.weeklyPayCap()).isEqualByComparingTo("430");
        }

        @Test
        void a_date_before_2012_has_no_rates_and_is_refused() {
            // In March 2015 the window reaches back to 1 January 2011, so only the missing table stops it.
            assertRejected(() -> calculatorOn("2015-03-01").calculate(aRedundancy().on("2011-12-31").build()),
                    "date_before_rates", "dismissal_date");
        }
    }

    @Nested
    class Date_window {

        @ParameterizedTest(name = "on {0}, {1} is accepted")
        @CsvSource({
            "2026-08-31, 2022-01-01",
            "2026-08-31, 2026-12-31",
            "2026-09-01, 2023-01-01",
            "2026-09-01, 2027-12-31",
        })
        void dates_on_the_edges_of_the_window_are_accepted(String today, String dismissal) {
            assertThat(calculatorOn(today).calculate(aRedundancy().on(dismissal).build()).entitled()).isTrue();
        }

        @ParameterizedTest(name = "on {0}, {1} is refused")
        @CsvSource({
            "2026-08-31, 2021-12-31",
            "2026-08-31, 2027-01-01",
            "2026-09-01, 2022-12-31",
            "2026-09-01, 2028-01-01",
        })
        void dates_just_outside_the_window_are_refused(String today, String dismissal) {
            assertRejected(() -> calculatorOn(today).calculate(aRedundancy().on(dismissal).build()),
                    "date_out_of_range", "dismissal_date");
        }

        @Test
        void the_message_says_which_dates_are_allowed() {
            assertThatThrownBy(
                    () -> calculatorOn("2026-09-01").calculate(aRedundancy().on("2028-01-01").build()))
                    .hasMessage("Enter a redundancy date between 1 January 2023 and 31 December 2027");
        }
    }

    @Nested
    class Invalid_input {

        @ParameterizedTest
        @CsvSource({"15", "101", "0", "-1"})
        void ages_outside_16_to_100_are_refused(int age) {
            assertRejected(() -> aRedundancy().aged(age).withYears("0").build(), "age_out_of_range", "age");
        }

        @Test
        void ages_16_and_100_are_accepted() {
            assertThat(aRedundancy().aged(16).withYears("1").build().age()).isEqualTo(16);
            assertThat(aRedundancy().aged(100).withYears("85").build().age()).isEqualTo(100);
        }

        @Test
        void years_of_service_above_age_minus_15_are_refused() {
            assertThat(aRedundancy().aged(20).withYears("5").build().completeYears()).isEqualTo(5);
            assertThat(aRedundancy().aged(20).withYears("5.9").build().completeYears()).isEqualTo(5);
            assertRejected(() -> aRedundancy().aged(20).withYears("6").build(),
                    "years_service_out_of_range", "years_service");
        }

        @Test
        void negative_years_of_service_are_refused() {
            assertRejected(() -> aRedundancy().withYears("-1").build(), "years_service_out_of_range",
                    "years_service");
        }

        @Test
        void negative_weekly_pay_is_refused() {
            assertRejected(() -> aRedundancy().earning("-0.01").build(), "amount_negative", "weekly_pay");
        }
    }
}
