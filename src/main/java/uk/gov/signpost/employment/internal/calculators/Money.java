package uk.gov.signpost.employment.internal.calculators;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Pounds and pence, rounded half-up as GOV.UK's calculators do. */
final class Money {

    static final BigDecimal ZERO = new BigDecimal("0.00");

    private Money() {
    }

    /** Rounds to whole pence, half-up (0.005 goes up). */
    static BigDecimal pounds(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** For rate data: two decimal places exactly, failing on anything finer rather than rounding it away. */
    static BigDecimal exactPounds(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
