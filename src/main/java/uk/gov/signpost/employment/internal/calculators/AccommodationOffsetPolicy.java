package uk.gov.signpost.employment.internal.calculators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How accommodation changes the pay that counts towards the minimum wage, as GOV.UK works it out. Free accommodation
 * adds the offset for each day. A charge below the offset changes nothing. A charge at or above it takes off what is
 * charged beyond the offset, so the adjustment is then zero or less. Both are worked out for a week, then scaled to
 * the pay period by its length in weeks rounded to three places.
 */
final class AccommodationOffsetPolicy {

    private static final BigDecimal DAYS_IN_WEEK = BigDecimal.valueOf(7);

    BigDecimal adjustment(Accommodation accommodation, BigDecimal offsetPerDay, int payPeriodDays) {
        BigDecimal days = BigDecimal.valueOf(accommodation.daysPerWeek());
        BigDecimal weekly;
        switch (accommodation.provided()) {
            case NO:
                return Money.ZERO;
            case YES_FREE:
                weekly = Money.pounds(offsetPerDay.multiply(days));
                break;
            case YES_CHARGED:
                BigDecimal charge = Objects.requireNonNull(accommodation.chargePerDay());
                if (charge.compareTo(offsetPerDay) < 0) {
                    return Money.ZERO;
                }
                weekly = Money.pounds(offsetPerDay.multiply(days).subtract(charge.multiply(days)));
                break;
            default:
                throw new IllegalStateException("Unknown accommodation " + accommodation.provided());
        }
        return Money.pounds(weekly.multiply(weeksIn(payPeriodDays)));
    }

    /** GOV.UK's weekly multiplier: the pay period in weeks, rounded half-up to three places. */
    static BigDecimal weeksIn(int payPeriodDays) {
        return BigDecimal.valueOf(payPeriodDays).divide(DAYS_IN_WEEK, 3, RoundingMode.HALF_UP);
    }
}
