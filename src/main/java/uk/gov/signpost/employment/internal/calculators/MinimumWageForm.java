package uk.gov.signpost.employment.internal.calculators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.BindParam;

/**
 * What a person typed on the minimum wage page, kept as text so that it can be shown back to them as they typed it.
 * The parameter names are the form's input names; the radio values are the API's.
 */
record MinimumWageForm(
        @BindParam("pay-date-day") @Nullable String payDay,
        @BindParam("pay-date-month") @Nullable String payMonth,
        @BindParam("pay-date-year") @Nullable String payYear,
        @BindParam("apprentice") @Nullable String apprentice,
        @BindParam("age") @Nullable String age,
        @BindParam("pay-frequency") @Nullable String payFrequency,
        @BindParam("hours") @Nullable String hours,
        @BindParam("pay") @Nullable String pay,
        @BindParam("accommodation") @Nullable String accommodation,
        @BindParam("accommodation-charge") @Nullable String accommodationCharge,
        @BindParam("accommodation-days") @Nullable String accommodationDays) {

    /** The apprentice options in the order the page shows them. */
    static final Map<String, ApprenticeStatus> APPRENTICE = FormReader.inOrder(
            Map.entry("no", ApprenticeStatus.NO),
            Map.entry("under_19", ApprenticeStatus.UNDER_19),
            Map.entry("19_or_over_first_year", ApprenticeStatus.AGED_19_OR_OVER_FIRST_YEAR),
            Map.entry("19_or_over_second_year_onwards", ApprenticeStatus.AGED_19_OR_OVER_SECOND_YEAR_ONWARDS));

    /** The accommodation options in the order the page shows them. */
    static final Map<String, Accommodation.Provided> ACCOMMODATION = FormReader.inOrder(
            Map.entry("no", Accommodation.Provided.NO),
            Map.entry("yes_free", Accommodation.Provided.YES_FREE),
            Map.entry("yes_charged", Accommodation.Provided.YES_CHARGED));

    /** The calculator's field names (as in the API and {@code InvalidFieldException}) to the inputs on the page. */
    static final Map<String, String> INPUT_FOR_FIELD = Map.of(
            "pay_period_date", "pay-date-day",
            "apprentice", "apprentice",
            "age", "age",
            "pay_frequency_days", "pay-frequency",
            "hours_in_pay_period", "hours",
            "pay_in_pay_period", "pay",
            "accommodation.provided", "accommodation",
            "accommodation.charge_per_day", "accommodation-charge",
            "accommodation.days_per_week", "accommodation-days");

    static final String FIRST_INPUT = "pay-date-day";

    private static final String ERROR = "calculators.minimumWage.error.";

    static MinimumWageForm empty() {
        return new MinimumWageForm(null, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * The command, or null if the form has problems, which {@code reader} then holds. The age is needed unless the
     * apprentice rate applies, and the accommodation details only when accommodation is provided.
     */
    @Nullable
    MinimumWageCommand toCommand(FormReader reader) {
        LocalDate date = reader.date("pay-date", payDay, payMonth, payYear, ERROR + "date");
        ApprenticeStatus status = reader.choice("apprentice", apprentice, APPRENTICE, ERROR + "apprentice");
        boolean ageNeeded = status == null || !status.paysApprenticeRate();
        Integer ageInYears = ageNeeded
                ? reader.wholeNumber("age", age, ERROR + "age")
                : reader.optionalWholeNumber("age", age, ERROR + "age");
        Integer days = reader.wholeNumber("pay-frequency", payFrequency, ERROR + "frequency");
        BigDecimal worked = reader.number("hours", hours, ERROR + "hours");
        BigDecimal paid = reader.amount("pay", pay, ERROR + "pay");
        Accommodation.Provided provided =
                reader.choice("accommodation", accommodation, ACCOMMODATION, ERROR + "accommodation");
        BigDecimal charge = provided == Accommodation.Provided.YES_CHARGED
                ? reader.amount("accommodation-charge", accommodationCharge, ERROR + "charge")
                : null;
        Integer daysAWeek = provided != null && provided != Accommodation.Provided.NO
                ? reader.wholeNumber("accommodation-days", accommodationDays, ERROR + "days")
                : null;
        if (reader.hasProblems() || date == null || status == null || days == null || worked == null || paid == null
                || provided == null) {
            return null;
        }
        Accommodation provision = provided == Accommodation.Provided.NO
                ? Accommodation.NONE
                : new Accommodation(provided, charge, daysAWeek == null ? 0 : daysAWeek);
        return new MinimumWageCommand(date, status, ageInYears, days, worked, paid, provision);
    }

    /** The answers as form fields, to carry them back to the form from the results. Public for the template. */
    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        FormReader.keep(fields, "pay-date-day", payDay);
        FormReader.keep(fields, "pay-date-month", payMonth);
        FormReader.keep(fields, "pay-date-year", payYear);
        FormReader.keep(fields, "apprentice", apprentice);
        FormReader.keep(fields, "age", age);
        FormReader.keep(fields, "pay-frequency", payFrequency);
        FormReader.keep(fields, "hours", hours);
        FormReader.keep(fields, "pay", pay);
        FormReader.keep(fields, "accommodation", accommodation);
        FormReader.keep(fields, "accommodation-charge", accommodationCharge);
        FormReader.keep(fields, "accommodation-days", accommodationDays);
        return fields;
    }
}
