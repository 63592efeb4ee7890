package uk.gov.signpost.employment.internal.calculators;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.signpost.employment.internal.calculators.Rejections.assertRejected;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The accommodation offset rules, with the 2025/26 offset of £10.66 a day. */
class AccommodationOffsetPolicyTest {

    private static final BigDecimal OFFSET = new BigDecimal("10.66");

    private final AccommodationOffsetPolicy policy = new AccommodationOffsetPolicy();

    @Test
    void no_accommodation_changes_nothing() {
        assertThat(policy.adjustment(Accommodation.NONE, OFFSET, 7)).isEqualTo("0.00");
    }

    @ParameterizedTest(name = "free for {0} days a week, paid every {1} days: +{2}")
    @CsvSource({
        "7, 7, 74.62",
        "0, 7, 0.00",
        "5, 14, 106.60",
        // 30 / 7 = 4.2857 rounds to 4.286; 74.62 x 4.286 = 319.82132
        "7, 30, 319.82",
        // 31 / 7 = 4.42857 rounds to 4.429; 74.62 x 4.429 = 330.49198
        "7, 31, 330.49",
    })
    void free_accommodation_counts_the_offset_for_each_day_scaled_to_the_pay_period(int days, int period,
            String expected) {
        Accommodation free = new Accommodation(Accommodation.Provided.YES_FREE, null, days);

        assertThat(policy.adjustment(free, OFFSET, period)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "charged {0} a day for {1} days, paid every {2} days: {3}")
    @CsvSource({
        // Below the offset: no change at all.
        "10.65, 7, 7, 0.00",
        "0.01, 7, 7, 0.00",
        // At the offset: the charged rule applies, and takes off nothing.
        "10.66, 7, 7, 0.00",
        // Above the offset: what is charged beyond it comes off. 53.30 - 75.00 = -21.70.
        "15.00, 5, 7, -21.70",
        "15.00, 5, 14, -43.40",
        // -30.38 x 4.286 = -130.20868
        "15.00, 7, 30, -130.21",
    })
    void charged_accommodation_only_reduces_pay_when_the_charge_is_at_or_above_the_offset(String charge, int days,
            int period, String expected) {
        Accommodation charged = new Accommodation(Accommodation.Provided.YES_CHARGED, new BigDecimal(charge), days);

        assertThat(policy.adjustment(charged, OFFSET, period)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} days is {1} weeks")
    @CsvSource({"1, 0.143", "4, 0.571", "7, 1.000", "10, 1.429", "28, 4.000", "30, 4.286", "31, 4.429"})
    void the_pay_period_in_weeks_is_rounded_half_up_to_three_places(int days, String weeks) {
        assertThat(AccommodationOffsetPolicy.weeksIn(days)).isEqualTo(weeks);
    }

    @Test
    void a_charge_must_be_more_than_nothing() {
        assertRejected(() -> new Accommodation(Accommodation.Provided.YES_CHARGED, BigDecimal.ZERO, 7),
                "accommodation_charge_not_positive", "accommodation.charge_per_day");
        assertRejected(() -> new Accommodation(Accommodation.Provided.YES_CHARGED, new BigDecimal("-1"), 7),
                "accommodation_charge_not_positive", "accommodation.charge_per_day");
    }

    @Test
    void a_charge_is_needed_when_accommodation_is_charged_for() {
        assertRejected(() -> new Accommodation(Accommodation.Provided.YES_CHARGED, null, 7),
                "field_required", "accommodation.charge_per_day");
    }

    @Test
    void days_a_week_must_be_from_0_to_7() {
        assertRejected(() -> new Accommodation(Accommodation.Provided.YES_FREE, null, 8),
                "accommodation_days_out_of_range", "accommodation.days_per_week");
        assertRejected(() -> new Accommodation(Accommodation.Provided.YES_FREE, null, -1),
                "accommodation_days_out_of_range", "accommodation.days_per_week");
    }
}
