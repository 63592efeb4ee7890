package uk.gov.signpost.employment.internal.calculators;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * A minimum wage check for one pay period, checked as GOV.UK checks it. The age may be left out only when the
 * apprentice rate applies, since GOV.UK does not ask it then; if it is given it must still be from 1 to 200.
 */
record MinimumWageCommand(LocalDate payPeriodDate, ApprenticeStatus apprentice, @Nullable Integer age,
        int payFrequencyDays, BigDecimal hoursInPayPeriod, BigDecimal payInPayPeriod, Accommodation accommodation) {

    static final int MIN_AGE = 1;
    static final int MAX_AGE = 200;
    static final int MOST_HOURS_A_DAY = 16;

    MinimumWageCommand {
        if (age == null && !apprentice.paysApprenticeRate()) {
            throw new InvalidFieldException("field_required", "age", "Enter an age");
        }
        if (age != null && (age < MIN_AGE || age > MAX_AGE)) {
            throw new InvalidFieldException("age_out_of_range", "age",
                    "Enter an age between " + MIN_AGE + " and " + MAX_AGE);
        }
        if (payFrequencyDays < 1 || payFrequencyDays > 31) {
            throw new InvalidFieldException("pay_frequency_out_of_range", "pay_frequency_days",
                    "Enter a pay period of between 1 and 31 days");
        }
        int mostHours = MOST_HOURS_A_DAY * payFrequencyDays;
        if (hoursInPayPeriod.signum() <= 0 || hoursInPayPeriod.compareTo(BigDecimal.valueOf(mostHours)) > 0) {
            throw new InvalidFieldException("hours_out_of_range", "hours_in_pay_period",
                    "Enter more than 0 hours and no more than " + mostHours + " (16 hours for each day of the pay"
                            + " period)");
        }
        Fields.requireNotNegative(payInPayPeriod, "pay_in_pay_period", "Enter pay of £0 or more");
    }
}
