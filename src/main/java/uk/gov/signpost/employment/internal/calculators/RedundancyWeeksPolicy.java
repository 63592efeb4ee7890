package uk.gov.signpost.employment.internal.calculators;

import java.math.BigDecimal;

/**
 * How many weeks' pay statutory redundancy pay is worth. Nobody gets it with under 2 full years of service. At most
 * the last 20 years count, walking back from the current age. A year earns half a week's pay if it was worked under
 * 22, a week's pay from 22 to 40, and a week and a half from 41.
 *
 * <p>GOV.UK counts each year by the age at its end, so its bands read "up to 22", "23 to 41" and "42 and over";
 * they are the statutory bands above.
 */
final class RedundancyWeeksPolicy {

    static final int MINIMUM_YEARS = 2;
    static final int MOST_YEARS_COUNTED = 20;

    private static final BigDecimal HALF_WEEK = new BigDecimal("0.5");
    private static final BigDecimal ONE_WEEK = new BigDecimal("1.0");
    private static final BigDecimal WEEK_AND_A_HALF = new BigDecimal("1.5");

    static final String NOT_ENOUGH_SERVICE = "You need at least " + MINIMUM_YEARS
            + " full years of service with your employer to get statutory redundancy pay.";
    static final String HOW_IT_IS_WORKED_OUT = "Up to " + MOST_YEARS_COUNTED + " full years of service count, the"
            + " most recent first: half a week's pay for each year worked under 22, one week's pay for each year"
            + " from 22 to 40, and one and a half weeks' pay for each year from 41. A week's pay is capped.";

    /** The decision: entitled or not, the weeks of pay, and why, in words a citizen can read. */
    record Entitlement(boolean entitled, BigDecimal weeks, String reason) {
    }

    Entitlement assess(int age, int completeYears) {
        if (completeYears < MINIMUM_YEARS) {
            return new Entitlement(false, BigDecimal.ZERO.setScale(1), NOT_ENOUGH_SERVICE);
        }
        BigDecimal weeks = BigDecimal.ZERO.setScale(1);
        int yearsCounted = Math.min(completeYears, MOST_YEARS_COUNTED);
        for (int year = 0; year < yearsCounted; year++) {
            weeks = weeks.add(weeksForYearEndingAtAge(age - year));
        }
        return new Entitlement(true, weeks, HOW_IT_IS_WORKED_OUT);
    }

    static BigDecimal weeksForYearEndingAtAge(int age) {
        if (age <= 22) {
            return HALF_WEEK;
        }
        if (age <= 41) {
            return ONE_WEEK;
        }
        return WEEK_AND_A_HALF;
    }
}
