package uk.gov.signpost.employment.internal.calculators;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The JSON body of {@code POST /api/v1/calculators/redundancy-pay}. Every field is needed. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record RedundancyPayRequest(@Nullable LocalDate dismissalDate, @Nullable Integer age,
        @Nullable BigDecimal yearsService, @Nullable BigDecimal weeklyPay) {

    RedundancyPayCommand toCommand() {
        return new RedundancyPayCommand(
                Fields.required(dismissalDate, "dismissal_date", "Enter the date of redundancy"),
                Fields.required(age, "age", "Enter an age"),
                Fields.required(yearsService, "years_service", "Enter the number of years of service"),
                Fields.required(weeklyPay, "weekly_pay", "Enter weekly pay before tax"));
    }
}
