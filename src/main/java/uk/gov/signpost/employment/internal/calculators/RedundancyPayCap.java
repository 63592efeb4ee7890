package uk.gov.signpost.employment.internal.calculators;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The most a week's pay can count for in statutory redundancy pay, and the largest award GOV.UK shows, for the
 * dates the row covers.
 */
record RedundancyPayCap(LocalDate from, LocalDate to, BigDecimal weeklyPayCap, BigDecimal maximumAmount)
        implements DatedRow {

    RedundancyPayCap {
        if (weeklyPayCap.signum() <= 0 || maximumAmount.signum() <= 0) {
            throw new IllegalArgumentException("The redundancy pay row from " + from + " needs positive amounts");
        }
        weeklyPayCap = Money.exactPounds(weeklyPayCap);
        maximumAmount = Money.exactPounds(maximumAmount);
    }
}
