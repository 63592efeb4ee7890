package uk.gov.signpost.employment.internal.calculators;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.signpost.employment.internal.calculators.MinimumWageCommandBuilder.aMinimumWageCheck;
import static uk.gov.signpost.employment.internal.calculators.Rejections.assertRejected;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.signpost.employment.internal.calculators.MinimumWageResult.Outcome;
import uk.gov.signpost.employment.internal.calculators.MinimumWageResult.WageType;

class MinimumWageCalculatorTest {

    private static final MinimumWageRates RATES = MinimumWageRates.load();

    private final MinimumWageCalculator calculator = new MinimumWageCalculator(RATES);

    @Nested
    class Outcome_of_the_check {

        @Test
        void pay_exactly_at_the_minimum_is_enough() {
            // 40 hours at £12.71 is £508.40.
            MinimumWageResult result = calculator.calculate(aMinimumWageCheck().working("40").paid("508.40").build());

            assertThat(result.outcome()).isEqualTo(Outcome.AT_OR_ABOVE);
            assertThat(result.minimumHourlyRate()).isEqualTo("12.71");
            assertThat(result.minimumEntitlement()).isEqualTo("508.40");
            assertThat(result.totalPay()).isEqualTo("508.40");
            assertThat(result.accommodationAdjustment()).isEqualTo("0.00");
            assertThat(result.reason()).contains("£12.71 an hour", "£508.40", "at or above");
        }

        @Test
        void a_penny_under_the_minimum_is_below() {
            MinimumWageResult result = calculator.calculate(aMinimumWageCheck().working("40").paid("508.39").build());

            assertThat(result.outcome()).isEqualTo(Outcome.BELOW);
            assertThat(result.reason()).contains("£0.01 below");
        }

        @Test
        void no_pay_at_all_is_below() {
            assertThat(calculator.calculate(aMinimumWageCheck().paid("0").build()).outcome())
                    .isEqualTo(Outcome.BELOW);
        }

        @Test
        void the_entitlement_is_rounded_half_up_to_the_penny() {
            // Half an hour at the 2019 rate for 25 and over (£8.21) is £4.105: half-up gives £4.11, not £4.10.
            MinimumWageResult result = calculator.calculate(
                    aMinimumWageCheck().on("2019-06-01").aged(25).working("0.5").paid("4.10").build());

            assertThat(result.minimumEntitlement()).isEqualTo("4.11");
            assertThat(result.outcome()).isEqualTo(Outcome.BELOW);
        }

        @Test
        void hours_are_rounded_to_two_places_before_the_sum_as_govuk_does() {
            // 10.005 hours count as 10.01; 10.01 x £12.71 = £127.2271.
            MinimumWageResult result = calculator.calculate(aMinimumWageCheck().working("10.005").build());

            assertThat(result.minimumEntitlement()).isEqualTo("127.23");
        }

        @Test
        void free_accommodation_can_lift_pay_to_the_minimum() {
            // 2025/26: 40 hours at £12.21 is £488.40. £420 pay plus 7 days at £10.66 (£74.62) is £494.62.
            MinimumWageResult result = calculator.calculate(aMinimumWageCheck().on("2025-06-01").working("40")
                    .paid("420").withFreeAccommodation(7).build());

            assertThat(result.accommodationAdjustment()).isEqualTo("74.62");
            assertThat(result.totalPay()).isEqualTo("494.62");
            assertThat(result.outcome()).isEqualTo(Outcome.AT_OR_ABOVE);
        }

        @Test
        void accommodation_charged_above_the_offset_can_take_pay_below_the_minimum() {
            // 2025/26: £488.40 pay is exactly the minimum, but £15 a day for 5 days takes off £21.70.
            MinimumWageResult result = calculator.calculate(aMinimumWageCheck().on("2025-06-01").working("40")
                    .paid("488.40").withAccommodationCharged("15.00", 5).build());

            assertThat(result.accommodationAdjustment()).isEqualTo("-21.70");
            assertThat(result.totalPay()).isEqualTo("466.70");
            assertThat(result.outcome()).isEqualTo(Outcome.BELOW);
        }

        @Test
        void accommodation_charged_below_the_offset_changes_nothing() {
            MinimumWageResult result = calculator.calculate(aMinimumWageCheck().on("2025-06-01").working("40")
                    .paid("488.40").withAccommodationCharged("10.65", 7).build());

            assertThat(result.accommodationAdjustment()).isEqualTo("0.00");
            assertThat(result.outcome()).isEqualTo(Outcome.AT_OR_ABOVE);
        }

        @Test
        void the_result_carries_its_source_and_the_date_its_rates_apply_from() {
            MinimumWageResult result = calculator.calculate(aMinimumWageCheck().on("2026-06-01").build());

            assertThat(result.source()).isEqualTo("https://www.gov.uk/national-minimum-wage-rates");
            assertThat(result.appliesFrom()).isEqualTo(LocalDate.of(2026, 4, 1));
        }
    }

    @Nested
    class Age_and_apprentices {

        @ParameterizedTest(name = "{0}, aged {1}: {2} ({3})")
        @CsvSource({
            // National Living Wage from 25 until March 2021.
            "2020-06-01, 24, 8.20, NATIONAL_MINIMUM_WAGE",
            "2020-06-01, 25, 8.72, NATIONAL_LIVING_WAGE",
            // From 23 in April 2021.
            "2021-04-01, 22, 8.36, NATIONAL_MINIMUM_WAGE",
            "2021-04-01, 23, 8.91, NATIONAL_LIVING_WAGE",
            "2024-03-31, 22, 10.18, NATIONAL_MINIMUM_WAGE",
            "2024-03-31, 23, 10.42, NATIONAL_LIVING_WAGE",
            // From 21 in April 2024.
            "2024-04-01, 20, 8.60, NATIONAL_MINIMUM_WAGE",
            "2024-04-01, 21, 11.44, NATIONAL_LIVING_WAGE",
            "2026-06-01, 16, 8.00, NATIONAL_MINIMUM_WAGE",
            "2026-06-01, 200, 12.71, NATIONAL_LIVING_WAGE",
        })
        void the_national_living_wage_age_moved_from_25_to_23_to_21(String date, int age, String rate,
                WageType wageType) {
            MinimumWageResult result = calculator.calculate(aMinimumWageCheck().on(date).aged(age).build());

            assertThat(result.minimumHourlyRate()).isEqualTo(rate);
            assertThat(result.wageType()).isEqualTo(wageType);
        }

        @Test
        void under_school_leaving_age_there_is_no_minimum_wage() {
            MinimumWageResult result = calculator.calculate(aMinimumWageCheck().aged(15).build());

            assertThat(result.outcome()).isEqualTo(Outcome.UNDER_SCHOOL_LEAVING_AGE);
            assertThat(result.minimumHourlyRate()).isNull();
            assertThat(result.minimumEntitlement()).isNull();
            assertThat(result.totalPay()).isNull();
            assertThat(result.reason()).contains("school leaving age");
        }

        @Test
        void an_apprentice_under_19_gets_the_apprentice_rate_without_giving_an_age() {
            MinimumWageResult result = calculator.calculate(aMinimumWageCheck().on("2025-06-01")
                    .apprentice(ApprenticeStatus.UNDER_19).aged(null).build());

            assertThat(result.minimumHourlyRate()).isEqualTo("7.55");
            assertThat(result.wageType()).isEqualTo(WageType.NATIONAL_MINIMUM_WAGE);
            assertThat(result.reason()).contains("apprentice rate");
        }

        @Test
        void an_apprentice_in_their_first_year_gets_the_apprentice_rate_whatever_their_age() {
            MinimumWageResult result = calculator.calculate(aMinimumWageCheck().on("2025-06-01")
                    .apprentice(ApprenticeStatus.AGED_19_OR_OVER_FIRST_YEAR).aged(35).build());

            assertThat(result.minimumHourlyRate()).isEqualTo("7.55");
            assertThat(result.wageType()).isEqualTo(WageType.NATIONAL_MINIMUM_WAGE);
        }

        @Test
        void an_apprentice_rate_applies_even_to_an_age_govuk_would_not_have_asked() {
            // GOV.UK never asks these apprentices their age, so it never stops at school leaving age for them.
            MinimumWageResult result = calculator.calculate(aMinimumWageCheck().on("2025-06-01")
                    .apprentice(ApprenticeStatus.UNDER_19).aged(15).build());

            assertThat(result.outcome()).isNotEqualTo(Outcome.UNDER_SCHOOL_LEAVING_AGE);
            assertThat(result.minimumHourlyRate()).isEqualTo("7.55");
        }

        @ParameterizedTest(name = "aged {0}: {1}")
        @CsvSource({"20, 10.00, NATIONAL_MINIMUM_WAGE", "25, 12.21, NATIONAL_LIVING_WAGE"})
        void an_apprentice_of_19_or_over_in_their_second_year_is_treated_as_not_an_apprentice(int age, String rate,
                WageType wageType) {
            MinimumWageResult result = calculator.calculate(aMinimumWageCheck().on("2025-06-01")
                    .apprentice(ApprenticeStatus.AGED_19_OR_OVER_SECOND_YEAR_ONWARDS).aged(age).build());

            assertThat(result.minimumHourlyRate()).isEqualTo(rate);
            assertThat(result.wageType()).isEqualTo(wageType);
        }

        @Test
        void an_age_is_needed_unless_the_apprentice_rate_applies() {
            assertRejected(() -> aMinimumWageCheck().aged(null).build(), "field_required", "age");
            assertRejected(() -> aMinimumWageCheck().apprentice(ApprenticeStatus.AGED_19_OR_OVER_SECOND_YEAR_ONWARDS)
                    .aged(null).build(), "field_required", "age");
        }
    }

    @Nested
    class Rates_by_date {

        @Test
        void a_date_before_april_2019_has_no_rates_and_is_refused() {
            assertRejected(() -> calculator.calculate(aMinimumWageCheck().on("2019-03-31").build()),
                    "date_before_rates", "pay_period_date");
        }

        @Test
        void the_first_day_with_rates_is_1_april_2019() {
            assertThat(calculator.calculate(aMinimumWageCheck().on("2019-04-01").build()).minimumHourlyRate())
                    .isEqualTo("8.21");
        }

        @Test
        void a_date_after_the_last_period_uses_the_newest_rates() {
            assertThat(calculator.calculate(aMinimumWageCheck().on("2027-06-01").build()).minimumHourlyRate())
                    .isEqualTo("12.71");
        }
    }

    @Nested
    class Invalid_input {

        @ParameterizedTest
        @CsvSource({"0", "201", "-5"})
        void ages_outside_1_to_200_are_refused(int age) {
            assertRejected(() -> aMinimumWageCheck().aged(age).build(), "age_out_of_range", "age");
        }

        @Test
        void ages_1_and_200_are_accepted() {
            assertThat(aMinimumWageCheck().aged(1).build().age()).isEqualTo(1);
            assertThat(aMinimumWageCheck().aged(200).build().age()).isEqualTo(200);
        }

        @ParameterizedTest
        @CsvSource({"0", "32"})
        void pay_periods_outside_1_to_31_days_are_refused(int days) {
            assertRejected(() -> aMinimumWageCheck().paidEvery(days).working("1").build(),
                    "pay_frequency_out_of_range", "pay_frequency_days");
        }

        @Test
        void up_to_16_hours_for_each_day_of_the_pay_period_are_accepted() {
            assertThat(aMinimumWageCheck().paidEvery(7).working("112").build().hoursInPayPeriod()).isEqualTo("112");
            assertThat(aMinimumWageCheck().paidEvery(1).working("16").build().hoursInPayPeriod()).isEqualTo("16");
            assertThat(aMinimumWageCheck().paidEvery(31).working("496").build().hoursInPayPeriod())
                    .isEqualTo("496");
        }

        @Test
        void more_than_16_hours_for_each_day_are_refused() {
            assertRejected(() -> aMinimumWageCheck().paidEvery(7).working("112.01").build(),
                    "hours_out_of_range", "hours_in_pay_period");
            assertRejected(() -> aMinimumWageCheck().paidEvery(1).working("16.5").build(),
                    "hours_out_of_range", "hours_in_pay_period");
        }

        @Test
        void no_hours_are_refused() {
            assertRejected(() -> aMinimumWageCheck().working("0").build(), "hours_out_of_range",
                    "hours_in_pay_period");
        }

        @Test
        void negative_pay_is_refused() {
            assertRejected(() -> aMinimumWageCheck().paid("-0.01").build(), "amount_negative", "pay_in_pay_period");
        }
    }
}
