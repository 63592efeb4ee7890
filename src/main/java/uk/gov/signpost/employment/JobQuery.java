package uk.gov.signpost.employment;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * One job search. Each check fails with {@link InvalidFieldException} naming the field as the HTTP API names it
 * ({@code q}, {@code near}, {@code radius_miles}, {@code salary_min}, {@code department}, {@code closing_after},
 * {@code page}, {@code page_size}).
 *
 * @param text what job, in the person's words; may be empty to list every advert that passes the filters
 * @param near a postcode, postcode district or town to search near, or null for anywhere
 * @param radiusMiles how far from {@code near}; ignored without it
 * @param salaryMin only adverts whose top salary is at least this many pounds a year, or null for any
 * @param department only this employer's adverts, as the adverts name it ("Ministry of Defence"), or null for any
 * @param closingAfter only adverts closing on or after this date, or null for any
 * @param page which page of results, from 1
 * @param pageSize results per page
 */
public record JobQuery(String text, @Nullable String near, int radiusMiles, @Nullable Integer salaryMin,
        @Nullable String department, @Nullable LocalDate closingAfter, int page, int pageSize) {

    public static final int DEFAULT_RADIUS_MILES = 10;
    public static final int MAX_RADIUS_MILES = 200;
    public static final int DEFAULT_PAGE_SIZE = 10;
    public static final int MAX_PAGE_SIZE = 50;
    /** Only this many results are ranked and can be paged to; past it, narrow the search. */
    public static final int MAX_RESULTS = 1000;
    public static final int MAX_TEXT_LENGTH = 200;
    public static final int MAX_SALARY = 1_000_000;

    public JobQuery {
        text = text.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidFieldException("query_too_long", "q",
                    "Enter a job in " + MAX_TEXT_LENGTH + " characters or fewer");
        }
        near = blankToNull(near);
        department = blankToNull(department);
        if (radiusMiles < 1 || radiusMiles > MAX_RADIUS_MILES) {
            throw new InvalidFieldException("radius_invalid", "radius_miles",
                    "Distance must be between 1 and " + MAX_RADIUS_MILES + " miles");
        }
        if (salaryMin != null && (salaryMin < 0 || salaryMin > MAX_SALARY)) {
            throw new InvalidFieldException("salary_invalid", "salary_min",
                    "Minimum salary must be between 0 and " + MAX_SALARY + " pounds a year");
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidFieldException("page_size_invalid", "page_size",
                    "Page size must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (page < 1 || (long) (page - 1) * pageSize >= MAX_RESULTS) {
            throw new InvalidFieldException("page_invalid", "page",
                    "Page must be between 1 and " + lastPage(pageSize) + ". Narrow your search to see other results");
        }
    }

    /** A search for these words anywhere, first page, with no filters. */
    public static JobQuery of(String text) {
        return new JobQuery(text, null, DEFAULT_RADIUS_MILES, null, null, null, 1, DEFAULT_PAGE_SIZE);
    }

    /** A search for these words near a place, first page, with no filters. */
    public static JobQuery of(String text, String near, int radiusMiles) {
        return new JobQuery(text, near, radiusMiles, null, null, null, 1, DEFAULT_PAGE_SIZE);
    }

    /** The same search, another page. */
    public JobQuery page(int otherPage) {
        return new JobQuery(text, near, radiusMiles, salaryMin, department, closingAfter, otherPage, pageSize);
    }

    /** The last page that can hold results at this page size. */
    public static int lastPage(int pageSize) {
        return (MAX_RESULTS + pageSize - 1) / pageSize;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
