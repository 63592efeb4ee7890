package uk.gov.signpost.employment.internal.calculators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.platform.InvalidFieldException;

/** Checks on request fields, each failing with a stable code, the field's JSON name and a plain message. */
final class Fields {

    private static final DateTimeFormatter GOV_UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Fields() {
    }

    static <T> T required(@Nullable T value, String field, String message) {
        if (value == null) {
            throw new InvalidFieldException("field_required", field, message);
        }
        return value;
    }

    static void requireNotNegative(BigDecimal amount, String field, String message) {
        if (amount.signum() < 0) {
            throw new InvalidFieldException("amount_negative", field, message);
        }
    }

    /** A date as GOV.UK writes it, for example "1 January 2012". */
    static String govUkDate(LocalDate date) {
        return GOV_UK_DATE.format(date);
    }

    static InvalidFieldException beforeFirstRates(String field, LocalDate firstDate) {
        return new InvalidFieldException("date_before_rates", field,
                "Enter a date on or after " + govUkDate(firstDate) + ". We do not have rates for earlier dates");
    }
}
