package uk.gov.signpost.employment.internal.calculators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.BindParam;

/**
 * What a person typed on the redundancy pay page, kept as text so that it can be shown back to them as they typed
 * it. The parameter names are the form's input names, which are also the input ids.
 */
record RedundancyPayForm(
        @BindParam("dismissal-date-day") @Nullable String dismissalDay,
        @BindParam("dismissal-date-month") @Nullable String dismissalMonth,
        @BindParam("dismissal-date-year") @Nullable String dismissalYear,
        @BindParam("age") @Nullable String age,
        @BindParam("years-service") @Nullable String yearsService,
        @BindParam("weekly-pay") @Nullable String weeklyPay) {

    /** The calculator's field names (as in the API and {@code InvalidFieldException}) to the inputs on the page. */
    static final Map<String, String> INPUT_FOR_FIELD = Map.of(
            "dismissal_date", "dismissal-date-day",
            "age", "age",
            "years_service", "years-service",
            "weekly_pay", "weekly-pay");

    static final String FIRST_INPUT = "dismissal-date-day";

    private static final String ERROR = "calculators.redundancy.error.";

    static RedundancyPayForm empty() {
        return new RedundancyPayForm(null, null, null, null, null, null);
    }

    /** The command, or null if the form has problems, which {@code reader} then holds. */
    @Nullable
    RedundancyPayCommand toCommand(FormReader reader) {
        LocalDate date = reader.date("dismissal-date", dismissalDay, dismissalMonth, dismissalYear, ERROR + "date");
        Integer ageInYears = reader.wholeNumber("age", age, ERROR + "age");
        BigDecimal yearsOfService = reader.number("years-service", yearsService, ERROR + "years");
        BigDecimal pay = reader.amount("weekly-pay", weeklyPay, ERROR + "pay");
        if (date == null || ageInYears == null || yearsOfService == null || pay == null) {
            return null;
        }
        return new RedundancyPayCommand(date, ageInYears, yearsOfService, pay);
    }

    /** The answers as form fields, to carry them back to the form from the results. Public for the template. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        FormReader.keep(fields, "dismissal-date-day", dismissalDay);
        FormReader.keep(fields, "dismissal-date-month", dismissalMonth);
        FormReader.keep(fields, "dismissal-date-year", dismissalYear);
        FormReader.keep(fields, "age", age);
        FormReader.keep(fields, "years-service", yearsService);
        FormReader.keep(fields, "weekly-pay", weeklyPay);
        return fields;
    }
}
