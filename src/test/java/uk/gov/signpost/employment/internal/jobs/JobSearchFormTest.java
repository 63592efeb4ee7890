package uk.gov.signpost.employment.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.employment.JobQuery;
import uk.gov.signpost.platform.InvalidFieldException;

class JobSearchFormTest {

    @Test
    void missing_parameters_take_the_defaults() {
        JobQuery query = form("nurse", null, null, null, null, null).toQuery();

        assertThat(query).isEqualTo(JobQuery.of("nurse"));
        assertThat(query.radiusMiles()).isEqualTo(JobQuery.DEFAULT_RADIUS_MILES);
    }

    @Test
    void a_salary_may_be_written_with_a_pound_sign_and_commas() {
        assertThat(form("", "LS1", null, "\u00a325,000", null, null).toQuery().salaryMin()).isEqualTo(25_000);
    }

    @Test
    void every_parameter_is_parsed() {
        JobQuery query = new JobSearchForm(" data analyst ", " LS1 ", "20", "30000", "Home Office", "2024-01-31", "2",
                "25").toQuery();

        assertThat(query).isEqualTo(new JobQuery("data analyst", "LS1", 20, 30_000, "Home Office",
                LocalDate.of(2024, 1, 31), 2, 25));
    }

    @Test
    void a_salary_that_is_not_a_number_names_the_salary_field() {
        assertRefused(form("", "LS1", null, "lots", null, null), "salary_invalid", "salary_min");
    }

    @Test
    void a_distance_that_is_not_a_whole_number_or_out_of_range_names_the_radius_field() {
        assertRefused(form("", "LS1", "far", null, null, null), "radius_invalid", "radius_miles");
        assertRefused(form("", "LS1", "0", null, null, null), "radius_invalid", "radius_miles");
        assertRefused(form("", "LS1", "201", null, null, null), "radius_invalid", "radius_miles");
    }

    @Test
    void a_page_before_the_first_or_past_the_last_reachable_names_the_page_field() {
        assertRefused(form("nurse", null, null, null, "0", null), "page_invalid", "page");
        assertRefused(form("nurse", null, null, null, "101", null), "page_invalid", "page");
        assertThat(form("nurse", null, null, null, "100", null).toQuery().page()).isEqualTo(100);
    }

    @Test
    void a_closing_date_must_be_year_month_day() {
        assertRefused(form("nurse", null, null, null, null, "31/01/2024"), "closing_after_invalid", "closing_after");
    }

    @Test
    void a_very_long_search_is_refused() {
        assertRefused(form("a".repeat(201), null, null, null, null, null), "query_too_long", "q");
    }

    @Test
    void a_form_with_only_empty_fields_was_submitted_but_has_nothing_to_search_for() {
        JobSearchForm empty = form("", "  ", "10", "", null, null);

        assertThat(empty.submitted()).isTrue();
        assertThat(empty.nothingToSearchFor()).isTrue();
        assertThat(new JobSearchForm(null, null, null, null, null, null, null, null).submitted()).isFalse();
    }

    private static JobSearchForm form(String q, String near, String radius, String salary, String page,
            String closingAfter) {
        return new JobSearchForm(q, near, radius, salary, null, closingAfter, page, null);
    }

    private static void assertRefused(JobSearchForm form, String code, String field) {
        assertThatThrownBy(form::toQuery).isInstanceOfSatisfying(InvalidFieldException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).isEqualTo(field);
        });
    }
}
