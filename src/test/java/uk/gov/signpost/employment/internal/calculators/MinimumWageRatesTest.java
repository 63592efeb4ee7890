package uk.gov.signpost.employment.internal.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins every period of the minimum wage file, at every age boundary, so that a change to a rate changes a test. */
class MinimumWageRatesTest {

    private static final MinimumWageRates RATES = MinimumWageRates.load();

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({
        // from,      to,         16-17, 18-20, 21-22, 23-24, 25+,   apprentice, offset, NLW from age
        "2019-04-01, 2020-03-31, 4.35, 6.15, 7.70, 7.70, 8.21, 3.90, 7.55, 25",
        "2020-04-01, 2021-03-31, 4.55, 6.45, 8.20, 8.20, 8.72, 4.15, 8.20, 25",
        "2021-04-01, 2022-03-31, 4.62, 6.56, 8.36, 8.91, 8.91, 4.30, 8.36, 23",
        "2022-04-01, 2023-03-31, 4.81, 6.83, 9.18, 9.50, 9.50, 4.81, 8.70, 23",
        "2023-04-01, 2024-03-31, 5.28, 7.49, 10.18, 10.42, 10.42, 5.28, 9.10, 23",
        "2024-04-01, 2025-03-31, 6.40, 8.60, 11.44, 11.44, 11.44, 6.40, 9.99, 21",
        "2025-04-01, 2026-03-31, 7.55, 10.00, 12.21, 12.21, 12.21, 7.55, 10.66, 21",
        "2026-04-01, 2027-03-31, 8.00, 10.85, 12.71, 12.71, 12.71, 8.00, 11.10, 21",
    })
    void each_period_applies_for_exactly_its_dates_with_its_rates(LocalDate from, LocalDate to, BigDecimal under18,
            BigDecimal from18, BigDecimal from21, BigDecimal from23, BigDecimal from25, BigDecimal apprentice,
            BigDecimal offset, int livingWageFromAge) {
        for (LocalDate date : new LocalDate[] {from, to}) {
            MinimumWagePeriod period = RATES.periods().rowFor(date).orElseThrow();
            assertThat(period.from()).isEqualTo(from);
            assertThat(period.to()).isEqualTo(to);
            assertRate(period, 16, under18);
            assertRate(period, 17, under18);
            assertRate(period, 18, from18);
            assertRate(period, 20, from18);
            assertRate(period, 21, from21);
            assertRate(period, 22, from21);
            assertRate(period, 23, from23);
            assertRate(period, 24, from23);
            assertRate(period, 25, from25);
            assertRate(period, 200, from25);
            assertThat(period.apprenticeHourlyRate()).isEqualTo(apprentice);
            assertThat(period.accommodationOffsetPerDay()).isEqualTo(offset);
            assertThat(period.nationalLivingWageFromAge()).isEqualTo(livingWageFromAge);
        }
        assertThat(RATES.periods().rowFor(from.minusDays(1)).map(MinimumWagePeriod::from).orElse(null))
                .isNotEqualTo(from);
    }

    @Test
    void every_period_in_the_file_is_pinned_above() {
        assertThat(RATES.periods().rows()).hasSize(8);
    }

    @Test
    void the_national_living_wage_age_fell_from_25_to_23_to_21() {
        assertThat(RATES.periods().rowFor(LocalDate.of(2021, 3, 31)).orElseThrow().nationalLivingWageFromAge())
                .isEqualTo(25);
        assertThat(RATES.periods().rowFor(LocalDate.of(2021, 4, 1)).orElseThrow().nationalLivingWageFromAge())
                .isEqualTo(23);
        assertThat(RATES.periods().rowFor(LocalDate.of(2024, 3, 31)).orElseThrow().nationalLivingWageFromAge())
                .isEqualTo(23);
        assertThat(RATES.periods().rowFor(LocalDate.of(2024, 4, 1)).orElseThrow().nationalLivingWageFromAge())
                .isEqualTo(21);
    }

    @Test
    void the_living_wage_age_is_where_the_top_rate_starts() {
        RATES.periods().rows().forEach(period -> {
            BigDecimal top = period.hourlyRateForAge(200);
            assertThat(period.hourlyRateForAge(period.nationalLivingWageFromAge())).isEqualTo(top);
            assertThat(period.hourlyRateForAge(period.nationalLivingWageFromAge() - 1)).isLessThan(top);
        });
    }

    @Test
    void the_first_period_starts_on_1_april_2019() {
        assertThat(RATES.periods().firstDate()).isEqualTo(LocalDate.of(2019, 4, 1));
    }

    @Test
    void the_file_names_the_govuk_page_it_restates() {
        assertThat(RATES.source()).isEqualTo("https://www.gov.uk/national-minimum-wage-rates");
    }

    private static void assertRate(MinimumWagePeriod period, int age, BigDecimal expected) {
        assertThat(period.hourlyRateForAge(age)).as("age %d from %s", age, period.from()).isEqualTo(expected);
    }
}
