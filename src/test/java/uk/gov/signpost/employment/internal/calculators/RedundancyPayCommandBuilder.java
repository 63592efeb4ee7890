package uk.gov.signpost.employment.internal.calculators;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code aRedundancy().on("2026-06-01").aged(45).withYears("10").earning("600")}: a valid request by default. */
final class RedundancyPayCommandBuilder {

    private LocalDate dismissalDate = LocalDate.of(2026, 6, 1);
    private int age = 45;
    private BigDecimal yearsService = new BigDecimal("10");
    private BigDecimal weeklyPay = new BigDecimal("500");

    static RedundancyPayCommandBuilder aRedundancy() {
        return new RedundancyPayCommandBuilder();
    }

    RedundancyPayCommandBuilder on(String date) {
        this.dismissalDate = LocalDate.parse(date);
        return this;
    }

    RedundancyPayCommandBuilder aged(int age) {
        this.age = age;
        return this;
    }

    RedundancyPayCommandBuilder withYears(String years) {
        this.yearsService = new BigDecimal(years);
        return this;
    }

    RedundancyPayCommandBuilder earning(String weeklyPay) {
        this.weeklyPay = new BigDecimal(weeklyPay);
        return this;
    }

    RedundancyPayCommand build() {
        return new RedundancyPayCommand(dismissalDate, age, yearsService, weeklyPay);
    }
}
