package uk.gov.signpost.employment.internal.calculators;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The JSON body of {@code POST /api/v1/calculators/minimum-wage}. {@code age} may be left out when the apprentice
 * rate applies; {@code accommodation} may be left out when none is provided.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record MinimumWageRequest(@Nullable LocalDate payPeriodDate, @Nullable ApprenticeStatus apprentice,
        @Nullable Integer age, @Nullable Integer payFrequencyDays, @Nullable BigDecimal hoursInPayPeriod,
        @Nullable BigDecimal payInPayPeriod, @Nullable AccommodationRequest accommodation) {

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record AccommodationRequest(Accommodation.@Nullable Provided provided, @Nullable BigDecimal chargePerDay,
            @Nullable Integer daysPerWeek) {

        Accommodation toAccommodation() {
            Accommodation.Provided kind = Fields.required(provided, "accommodation.provided",
                    "Say whether the employer provides accommodation");
            if (kind == Accommodation.Provided.NO) {
                return Accommodation.NONE;
            }
            int days = Fields.required(daysPerWeek, "accommodation.days_per_week",
                    "Enter how many days a week the accommodation is used");
            return new Accommodation(kind, chargePerDay, days);
        }
    }

    MinimumWageCommand toCommand() {
        return new MinimumWageCommand(
                Fields.required(payPeriodDate, "pay_period_date", "Enter a date in the pay period"),
                Fields.required(apprentice, "apprentice", "Say whether this is an apprentice"),
                age,
                Fields.required(payFrequencyDays, "pay_frequency_days", "Enter how many days the pay period is"),
                Fields.required(hoursInPayPeriod, "hours_in_pay_period", "Enter the hours worked in the pay period"),
                Fields.required(payInPayPeriod, "pay_in_pay_period", "Enter the pay for the pay period"),
                accommodation == null ? Accommodation.NONE : accommodation.toAccommodation());
    }
}
