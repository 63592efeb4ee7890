package uk.gov.signpost.employment.internal.calculators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import uk.gov.signpost.employment.internal.calculators.MinimumWageResult.Outcome;
import uk.gov.signpost.employment.internal.calculators.MinimumWageResult.WageType;

/**
 * Checks pay against the minimum wage as GOV.UK's am-i-getting-minimum-wage does: find the rates for the date, stop
 * if the person is under school leaving age, pick the hourly rate, then compare what the hours are owed with the pay
 * plus the accommodation adjustment. Pay equal to the minimum is enough.
 */
final class MinimumWageCalculator {

    static final int SCHOOL_LEAVING_AGE = 16;

    private final MinimumWageRates rates;
    private final AccommodationOffsetPolicy accommodationPolicy = new AccommodationOffsetPolicy();

    MinimumWageCalculator(MinimumWageRates rates) {
        this.rates = rates;
    }

    MinimumWageResult calculate(MinimumWageCommand command) {
        MinimumWagePeriod period = rates.periods().rowFor(command.payPeriodDate())
                .orElseThrow(() -> Fields.beforeFirstRates("pay_period_date", rates.periods().firstDate()));
        boolean apprenticeRate = command.apprentice().paysApprenticeRate();
        if (!apprenticeRate && age(command) < SCHOOL_LEAVING_AGE) {
            return MinimumWageResult.underSchoolLeavingAge(rates.source(), period.from());
        }
        BigDecimal hourlyRate = apprenticeRate ? period.apprenticeHourlyRate() : period.hourlyRateForAge(age(command));
        BigDecimal hours = command.hoursInPayPeriod().setScale(2, RoundingMode.HALF_UP);
        BigDecimal entitlement = Money.pounds(hourlyRate.multiply(hours));
        BigDecimal adjustment = accommodationPolicy.adjustment(command.accommodation(),
                period.accommodationOffsetPerDay(), command.payFrequencyDays());
        BigDecimal totalPay = Money.pounds(command.payInPayPeriod().add(adjustment));
        Outcome outcome = entitlement.compareTo(totalPay) <= 0 ? Outcome.AT_OR_ABOVE : Outcome.BELOW;
        WageType wageType = !apprenticeRate && age(command) >= period.nationalLivingWageFromAge()
                ? WageType.NATIONAL_LIVING_WAGE
                : WageType.NATIONAL_MINIMUM_WAGE;
        return new MinimumWageResult(outcome, hourlyRate, entitlement, adjustment, totalPay, wageType,
                reason(outcome, apprenticeRate, hourlyRate, entitlement, totalPay), rates.source(), period.from());
    }

    private static int age(MinimumWageCommand command) {
        return Objects.requireNonNull(command.age(), "The command checks that non-apprentices give an age");
    }

    private static String reason(Outcome outcome, boolean apprenticeRate, BigDecimal hourlyRate,
            BigDecimal entitlement, BigDecimal totalPay) {
        String rate = (apprenticeRate ? "The apprentice rate is £" : "The minimum rate for this age is £") + hourlyRate
                + " an hour, so the hours worked should be paid at least £" + entitlement + ". ";
        if (outcome == Outcome.AT_OR_ABOVE) {
            return rate + "The pay that counts is £" + totalPay + ", which is at or above the minimum.";
        }
        return rate + "The pay that counts is £" + totalPay + ", which is £" + entitlement.subtract(totalPay)
                + " below the minimum.";
    }
}
