package uk.gov.signpost.employment.internal.jobs;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.employment.JobQuery;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * A job search as it arrives over HTTP, every parameter as text, for both the API and the page. Each parameter that
 * does not parse fails with {@link InvalidFieldException} naming it; {@link JobQuery} then checks the values.
 */
record JobSearchForm(@Nullable String q, @Nullable String near, @Nullable String radiusMiles,
        @Nullable String salaryMin, @Nullable String department, @Nullable String closingAfter,
        @Nullable String page, @Nullable String pageSize) {

    /** True when any parameter was sent, even empty: the page then shows results or errors, not a blank form. */
    boolean submitted() {
        return Stream.of(q, near, radiusMiles, salaryMin, department, closingAfter, page, pageSize)
                .anyMatch(value -> value != null);
    }

    /** True when there is neither a job nor a place to search for. */
    boolean nothingToSearchFor() {
        return isBlank(q) && isBlank(near);
    }

    JobQuery toQuery() {
        return new JobQuery(q == null ? "" : q, near,
                integer(radiusMiles, "radius_miles", JobQuery.DEFAULT_RADIUS_MILES, "radius_invalid",
                        "Distance must be a whole number of miles, like 10"),
                salary(salaryMin), department, date(closingAfter),
                integer(page, "page", 1, "page_invalid", "Page must be a whole number, like 2"),
                integer(pageSize, "page_size", JobQuery.DEFAULT_PAGE_SIZE, "page_size_invalid",
                        "Page size must be a whole number, like 10"));
    }

    private static int integer(@Nullable String value, String field, int otherwise, String code, String message) {
        if (isBlank(value)) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(code, field, message);
        }
    }

    /** Pounds a year, allowing "£25,000" as well as "25000". */
    private static @Nullable Integer salary(@Nullable String value) {
        if (isBlank(value)) {
            return null;
        }
        String digits = value.replaceAll("[£,\\s]", "");
        if (!digits.matches("[0-9]{1,9}")) {
            throw new InvalidFieldException("salary_invalid", "salary_min",
                    "Enter minimum salary as a number of pounds a year, like 25000");
        }
        return Integer.valueOf(digits);
    }

    private static @Nullable LocalDate date(@Nullable String value) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException("closing_after_invalid", "closing_after",
                    "Enter the date as year-month-day, like 2024-01-31");
        }
    }

    private static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
