package uk.gov.signpost.pilot.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Figures checked against Newcombe (1998), "Two-sided confidence intervals for the single proportion" and
 * "Interval estimation for the difference between independent proportions", Statistics in Medicine 17. */
class WilsonTest {

    @Test
    void the_wilson_interval_matches_newcombes_worked_examples() {
        assertInterval(Wilson.rate(81, 263), 0.3080, 0.2553, 0.3662);
        assertInterval(Wilson.rate(15, 148), 0.1014, 0.0624, 0.1605);
        assertInterval(Wilson.rate(0, 20), 0.0, 0.0, 0.1611);
        assertInterval(Wilson.rate(1, 29), 0.0345, 0.0061, 0.1718);
    }

    @Test
    void the_difference_interval_matches_newcombes_method_10_example() {
        // 56/70 against 48/80: difference 0.2000, 95% interval 0.0524 to 0.3339.
        assertInterval(Wilson.difference(48, 80, 56, 70), 0.2000, 0.0524, 0.3339);
    }

    @Test
    void with_nobody_counted_every_figure_is_zero_rather_than_an_error() {
        assertInterval(Wilson.rate(0, 0), 0, 0, 0);
    }

    private static void assertInterval(Wilson.Interval interval, double estimate, double low, double high) {
        assertThat(interval.estimate()).isCloseTo(estimate, within(0.00051));
        assertThat(interval.low()).isCloseTo(low, within(0.00051));
        assertThat(interval.high()).isCloseTo(high, within(0.00051));
    }
}
