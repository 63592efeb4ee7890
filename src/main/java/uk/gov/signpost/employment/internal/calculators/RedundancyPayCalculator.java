package uk.gov.signpost.employment.internal.calculators;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Works out statutory redundancy pay as GOV.UK's calculate-your-redundancy-pay does: check the date, find the caps
 * for that date, count the weeks, and pay each week at the weekly pay or the cap, whichever is less.
 */
final class RedundancyPayCalculator {

    private final RedundancyPayCaps caps;
    private final DismissalDateWindow window;
    private final RedundancyWeeksPolicy weeksPolicy = new RedundancyWeeksPolicy();

    RedundancyPayCalculator(RedundancyPayCaps caps, DismissalDateWindow window) {
        this.caps = caps;
        this.window = window;
    }

    RedundancyPayResult calculate(RedundancyPayCommand command) {
        window.check(command.dismissalDate());
        RedundancyPayCap greatBritain = capOn(caps.greatBritain(), command.dismissalDate());
        RedundancyPayCap northernIreland = capOn(caps.northernIreland(), command.dismissalDate());
        RedundancyWeeksPolicy.Entitlement entitlement = weeksPolicy.assess(command.age(), command.completeYears());
        return new RedundancyPayResult(entitlement.entitled(), entitlement.weeks(),
                amount(entitlement.weeks(), command.weeklyPay(), greatBritain), greatBritain.weeklyPayCap(),
                greatBritain.maximumAmount(), amount(entitlement.weeks(), command.weeklyPay(), northernIreland),
                northernIreland.weeklyPayCap(), northernIreland.maximumAmount(), entitlement.reason(), caps.source(),
                greatBritain.from(), northernIreland.from());
    }

    private static RedundancyPayCap capOn(RateTable<RedundancyPayCap> table, LocalDate date) {
        return table.rowFor(date).orElseThrow(() -> Fields.beforeFirstRates("dismissal_date", table.firstDate()));
    }

    private static BigDecimal amount(BigDecimal weeks, BigDecimal weeklyPay, RedundancyPayCap cap) {
        return Money.pounds(weeks.multiply(weeklyPay.min(cap.weeklyPayCap())));
    }
}
