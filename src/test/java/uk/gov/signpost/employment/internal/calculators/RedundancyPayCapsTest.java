package uk.gov.signpost.employment.internal.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pins every row of the redundancy pay caps file, so that a change to a rate has to change a test too. */
class RedundancyPayCapsTest {

    private static final RedundancyPayCaps CAPS = RedundancyPayCaps.load();

    @ParameterizedTest(name = "Great Britain {0} to {1}: cap {2}, maximum {3}")
    @CsvSource({
        "2012-01-01, 2013-01-31, 430, 12900",
        "2013-02-01, 2014-04-05, 450, 13500",
        "2014-04-06, 2015-04-05, 464, 13920",
        "2015-04-06, 2016-04-05, 475, 14250",
        "2016-04-06, 2017-04-05, 479, 14370",
        "2017-04-06, 2018-04-05, 489, 14670",
        "2018-04-06, 2019-04-05, 508, 15240",
        "2019-04-06, 2020-04-05, 525, 15750",
        "2020-04-06, 2021-04-05, 538, 16140",
        "2021-04-06, 2022-04-05, 544, 16320",
        "2022-04-06, 2023-04-05, 571, 17130",
        "2023-04-06, 2024-04-05, 643, 19290",
        "2024-04-06, 2025-04-05, 700, 21000",
        "2025-04-06, 2026-04-05, 719, 21570",
        "2026-04-06, 2027-04-05, 751, 22530",
    })
    void great_britain_caps_apply_for_exactly_their_dates(LocalDate from, LocalDate to, BigDecimal cap,
            BigDecimal maximum) {
        assertRowCovers(CAPS.greatBritain(), from, to, cap, maximum);
    }

    @ParameterizedTest(name = "Northern Ireland {0} to {1}: cap {2}, maximum {3}")
    @CsvSource({
        "2012-01-01, 2013-01-31, 430, 12900",
        "2013-02-01, 2014-04-05, 450, 13500",
        "2014-04-06, 2015-04-05, 470, 14100",
        "2015-04-06, 2016-02-13, 490, 14700",
        "2016-02-14, 2016-04-05, 500, 15000",
        "2016-04-06, 2017-04-05, 500, 15000",
        "2017-04-06, 2018-04-05, 500, 15000",
        "2018-04-06, 2019-04-05, 530, 15000",
        "2019-04-06, 2020-04-05, 547, 16410",
        "2020-04-06, 2021-04-05, 560, 16800",
        "2021-04-06, 2022-04-05, 566, 16980",
        "2022-04-06, 2023-04-05, 594, 17820",
        "2023-04-06, 2024-04-05, 669, 20070",
        "2024-04-06, 2025-04-05, 729, 21870",
        "2025-04-06, 2026-04-05, 749, 22470",
        "2026-04-06, 2027-04-05, 783, 23490",
    })
    void northern_ireland_caps_apply_for_exactly_their_dates(LocalDate from, LocalDate to, BigDecimal cap,
            BigDecimal maximum) {
        assertRowCovers(CAPS.northernIreland(), from, to, cap, maximum);
    }

    @Test
    void every_row_in_the_file_is_pinned_above() {
        assertThat(CAPS.greatBritain().rows()).hasSize(15);
        assertThat(CAPS.northernIreland().rows()).hasSize(16);
    }

    @Test
    void both_tables_start_on_1_january_2012() {
        assertThat(CAPS.greatBritain().firstDate()).isEqualTo(LocalDate.of(2012, 1, 1));
        assertThat(CAPS.northernIreland().firstDate()).isEqualTo(LocalDate.of(2012, 1, 1));
    }

    @Test
    void every_maximum_is_30_weeks_at_the_cap_except_govuks_northern_ireland_2018_19_row() {
        CAPS.greatBritain().rows().forEach(row -> assertThat(row.maximumAmount())
                .isEqualByComparingTo(row.weeklyPayCap().multiply(BigDecimal.valueOf(30))));
        CAPS.northernIreland().rows().stream()
                .filter(row -> !row.from().equals(LocalDate.of(2018, 4, 6)))
                .forEach(row -> assertThat(row.maximumAmount())
                        .isEqualByComparingTo(row.weeklyPayCap().multiply(BigDecimal.valueOf(30))));
    }

    @Test
    void quirk_govuk_stores_the_northern_ireland_2018_19_maximum_as_15000_not_30_times_530() {
        RedundancyPayCap row = CAPS.northernIreland().rowFor(LocalDate.of(2018, 10, 1)).orElseThrow();

        assertThat(row.weeklyPayCap()).isEqualByComparingTo("530");
        assertThat(row.maximumAmount()).isEqualByComparingTo("15000").isNotEqualByComparingTo("15900");
    }

    @Test
    void the_file_names_the_govuk_page_it_restates() {
        assertThat(CAPS.source()).isEqualTo("https://www.gov.uk/calculate-your-redundancy-pay");
    }

    private static void assertRowCovers(RateTable<RedundancyPayCap> table, LocalDate from, LocalDate to,
            BigDecimal cap, BigDecimal maximum) {
        for (LocalDate date : new LocalDate[] {from, to}) {
            RedundancyPayCap row = table.rowFor(date).orElseThrow();
            assertThat(row.from()).isEqualTo(from);
            assertThat(row.to()).isEqualTo(to);
            assertThat(row.weeklyPayCap()).isEqualByComparingTo(cap);
            assertThat(row.maximumAmount()).isEqualByComparingTo(maximum);
        }
        assertThat(table.rowFor(from.minusDays(1)).map(RedundancyPayCap::from).orElse(null)).isNotEqualTo(from);
    }
}
