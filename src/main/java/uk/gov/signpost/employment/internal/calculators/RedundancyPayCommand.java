package uk.gov.signpost.employment.internal.calculators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * A request for statutory redundancy pay, checked as GOV.UK checks it. Years of service are rounded down to whole
 * years, as GOV.UK does, and may be at most the age minus 15.
 *
 * <p>One deliberate difference: GOV.UK accepts a negative number of years and answers "no statutory pay"; we reject
 * it, since it can only be a mistake and the caller can correct it.
 */
record RedundancyPayCommand(LocalDate dismissalDate, int age, BigDecimal yearsService, BigDecimal weeklyPay) {

    static final int MIN_AGE = 16;
    static final int MAX_AGE = 100;
    static final int WORKING_AGE_START = 15;

    RedundancyPayCommand {
        if (age < MIN_AGE || age > MAX_AGE) {
            throw new InvalidFieldException("age_out_of_range", "age",
                    "Enter an age between " + MIN_AGE + " and " + MAX_AGE);
        }
        yearsService = yearsService.setScale(0, RoundingMode.FLOOR);
        int mostYears = age - WORKING_AGE_START;
        if (yearsService.signum() < 0 || yearsService.compareTo(BigDecimal.valueOf(mostYears)) > 0) {
            throw new InvalidFieldException("years_service_out_of_range", "years_service",
                    "Enter years of service between 0 and " + mostYears + " (the age minus " + WORKING_AGE_START + ")");
        }
        Fields.requireNotNegative(weeklyPay, "weekly_pay", "Enter weekly pay of £0 or more");
    }

    /** Whole years of service; always between 0 and 85. */
    int completeYears() {
        return yearsService.intValueExact();
    }
}
