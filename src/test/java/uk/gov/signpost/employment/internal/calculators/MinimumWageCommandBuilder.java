package uk.gov.signpost.employment.internal.calculators;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * {@code aMinimumWageCheck().on("2026-06-01").aged(30).paidEvery(7).working("40").paid("508.40")}: a valid check
 * by default (a 30-year-old, not an apprentice, paid weekly, no accommodation).
 */
final class MinimumWageCommandBuilder {

    private LocalDate payPeriodDate = LocalDate.of(2026, 6, 1);
    private ApprenticeStatus apprentice = ApprenticeStatus.NO;
    private @Nullable Integer age = 30;
    private int payFrequencyDays = 7;
    private BigDecimal hours = new BigDecimal("40");
    private BigDecimal pay = new BigDecimal("600");
    private Accommodation accommodation = Accommodation.NONE;

    static MinimumWageCommandBuilder aMinimumWageCheck() {
        return new MinimumWageCommandBuilder();
    }

    MinimumWageCommandBuilder on(String date) {
        this.payPeriodDate = LocalDate.parse(date);
        return this;
    }

    MinimumWageCommandBuilder apprentice(ApprenticeStatus apprentice) {
        this.apprentice = apprentice;
        return this;
    }

    MinimumWageCommandBuilder aged(@Nullable Integer age) {
        this.age = age;
        return this;
    }

    MinimumWageCommandBuilder paidEvery(int days) {
        this.payFrequencyDays = days;
        return this;
    }

    MinimumWageCommandBuilder working(String hours) {
        this.hours = new BigDecimal(hours);
        return this;
    }

    MinimumWageCommandBuilder paid(String pay) {
        this.pay = new BigDecimal(pay);
        return this;
    }

    MinimumWageCommandBuilder withFreeAccommodation(int daysPerWeek) {
        this.accommodation = new Accommodation(Accommodation.Provided.YES_FREE, null, daysPerWeek);
        return this;
    }

    MinimumWageCommandBuilder withAccommodationCharged(String perDay, int daysPerWeek) {
        this.accommodation = new Accommodation(Accommodation.Provided.YES_CHARGED, new BigDecimal(perDay),
                daysPerWeek);
        return this;
    }

    MinimumWageCommand build() {
        return new MinimumWageCommand(payPeriodDate, apprentice, age, payFrequencyDays, hours, pay, accommodation);
    }
}
