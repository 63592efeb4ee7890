package uk.gov.signpost.employment.internal.calculators;

import java.math.BigDecimal;
import java.time.LocalDate;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Statutory redundancy pay for Great Britain and, as GOV.UK also shows, for Northern Ireland, whose caps differ.
 * Amounts are in pounds to two decimal places. {@code applies_from} is the first day of the rate rows used.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record RedundancyPayResult(boolean entitled, BigDecimal weeks, BigDecimal amount, BigDecimal weeklyPayCap,
        BigDecimal maximumAmount, BigDecimal amountNi, BigDecimal weeklyPayCapNi, BigDecimal maximumAmountNi,
        String reason, String source, LocalDate appliesFrom, LocalDate appliesFromNi) {
}
