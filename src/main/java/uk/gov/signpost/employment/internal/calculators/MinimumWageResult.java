package uk.gov.signpost.employment.internal.calculators;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * The answer to a minimum wage check. Amounts are in pounds to two decimal places; they are empty when the person is
 * under school leaving age, where GOV.UK stops. {@code wage_type} says whether GOV.UK would call the minimum the
 * National Living Wage or the National Minimum Wage (apprentices always get the latter).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record MinimumWageResult(Outcome outcome, @Nullable BigDecimal minimumHourlyRate,
        @Nullable BigDecimal minimumEntitlement, @Nullable BigDecimal accommodationAdjustment,
        @Nullable BigDecimal totalPay, @Nullable WageType wageType, String reason, String source,
        LocalDate appliesFrom) {

    static final String UNDER_SCHOOL_LEAVING_AGE_REASON =
            "People under school leaving age (16) are not entitled to the minimum wage.";

    enum Outcome {
        @JsonProperty("at_or_above")
        AT_OR_ABOVE,
        @JsonProperty("below")
        BELOW,
        @JsonProperty("under_school_leaving_age")
        UNDER_SCHOOL_LEAVING_AGE
    }

    enum WageType {
        @JsonProperty("national_living_wage")
        NATIONAL_LIVING_WAGE,
        @JsonProperty("national_minimum_wage")
        NATIONAL_MINIMUM_WAGE
    }

    static MinimumWageResult underSchoolLeavingAge(String source, LocalDate appliesFrom) {
        return new MinimumWageResult(Outcome.UNDER_SCHOOL_LEAVING_AGE, null, null, null, null, null,
                UNDER_SCHOOL_LEAVING_AGE_REASON, source, appliesFrom);
    }
}
