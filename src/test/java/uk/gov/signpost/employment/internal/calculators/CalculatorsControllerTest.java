package uk.gov.signpost.employment.internal.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * The calculators' JSON contract: snake_case names, money as numbers with two decimal places, and rule breaks
 * raised as {@link InvalidFieldException} for the web layer's problem handler. This slice does not assert the 422
 * body, which belongs to that handler.
 */
@WebMvcTest(controllers = CalculatorsController.class)
@Import({CalculatorsConfiguration.class, CalculatorsControllerTest.FixedClock.class})
class CalculatorsControllerTest {

    /** 15 March 2025, so the redundancy window runs from 1 January 2021 to 31 December 2025. */
    @TestConfiguration
    static class FixedClock {

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2025-03-15T12:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    private MockMvcTester mvc;

    @Test
    void redundancy_pay_answers_in_snake_case_with_money_to_two_decimal_places() {
        MvcTestResult result = post("/api/v1/calculators/redundancy-pay", """
                {"dismissal_date": "2025-06-01", "age": 42, "years_service": 2, "weekly_pay": 1000}
                """);

        assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(result).bodyJson().extractingPath("$.entitled").isEqualTo(true);
        assertThat(result).bodyJson().extractingPath("$.applies_from").isEqualTo("2025-04-06");
        assertThat(result).bodyJson().extractingPath("$.source")
                .isEqualTo("https://www.gov.uk/calculate-your-redundancy-pay");
        assertThat(body(result)).contains("\"weeks\":2.5", "\"amount\":1797.50", "\"weekly_pay_cap\":719.00",
                "\"amount_ni\":1872.50", "\"weekly_pay_cap_ni\":749.00", "\"maximum_amount\":21570.00");
    }

    @Test
    void minimum_wage_reads_the_apprentice_and_accommodation_options_and_answers_with_the_outcome() {
        MvcTestResult result = post("/api/v1/calculators/minimum-wage", """
                {"pay_period_date": "2025-06-01", "apprentice": "under_19", "pay_frequency_days": 7,
                 "hours_in_pay_period": 40, "pay_in_pay_period": 250,
                 "accommodation": {"provided": "yes_free", "days_per_week": 7}}
                """);

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.outcome").isEqualTo("at_or_above");
        assertThat(result).bodyJson().extractingPath("$.wage_type").isEqualTo("national_minimum_wage");
        assertThat(body(result)).contains("\"minimum_hourly_rate\":7.55", "\"minimum_entitlement\":302.00",
                "\"accommodation_adjustment\":74.62", "\"total_pay\":324.62");
    }

    @Test
    void minimum_wage_answers_below_and_under_school_leaving_age_with_govuk_like_values() {
        MvcTestResult below = post("/api/v1/calculators/minimum-wage", """
                {"pay_period_date": "2026-06-01", "apprentice": "19_or_over_second_year_onwards", "age": 30,
                 "pay_frequency_days": 7, "hours_in_pay_period": 40, "pay_in_pay_period": 400,
                 "accommodation": {"provided": "no"}}
                """);
        MvcTestResult tooYoung = post("/api/v1/calculators/minimum-wage", """
                {"pay_period_date": "2026-06-01", "apprentice": "no", "age": 15,
                 "pay_frequency_days": 7, "hours_in_pay_period": 10, "pay_in_pay_period": 40}
                """);

        assertThat(below).bodyJson().extractingPath("$.outcome").isEqualTo("below");
        assertThat(below).bodyJson().extractingPath("$.wage_type").isEqualTo("national_living_wage");
        assertThat(tooYoung).bodyJson().extractingPath("$.outcome").isEqualTo("under_school_leaving_age");
    }

    @Test
    void years_of_service_above_age_minus_15_are_refused_naming_the_field() {
        InvalidFieldException error = invalidField(post("/api/v1/calculators/redundancy-pay", """
                {"dismissal_date": "2025-06-01", "age": 20, "years_service": 6, "weekly_pay": 400}
                """));

        assertThat(error.code()).isEqualTo("years_service_out_of_range");
        assertThat(error.field()).isEqualTo("years_service");
    }

    @Test
    void a_missing_field_is_refused_naming_it() {
        InvalidFieldException error = invalidField(post("/api/v1/calculators/redundancy-pay", """
                {"dismissal_date": "2025-06-01", "years_service": 6, "weekly_pay": 400}
                """));

        assertThat(error.code()).isEqualTo("field_required");
        assertThat(error.field()).isEqualTo("age");
    }

    @Test
    void a_nested_accommodation_field_is_named_with_its_path() {
        InvalidFieldException error = invalidField(post("/api/v1/calculators/minimum-wage", """
                {"pay_period_date": "2026-06-01", "apprentice": "no", "age": 30, "pay_frequency_days": 7,
                 "hours_in_pay_period": 40, "pay_in_pay_period": 600,
                 "accommodation": {"provided": "yes_charged", "charge_per_day": 0, "days_per_week": 7}}
                """));

        assertThat(error.field()).isEqualTo("accommodation.charge_per_day");
    }

    @Test
    void the_redundancy_date_window_follows_the_application_clock() {
        InvalidFieldException error = invalidField(post("/api/v1/calculators/redundancy-pay", """
                {"dismissal_date": "2020-12-31", "age": 40, "years_service": 6, "weekly_pay": 400}
                """));

        assertThat(error.code()).isEqualTo("date_out_of_range");
        assertThat(error.getMessage()).contains("1 January 2021", "31 December 2025");
    }

    @Test
    void a_string_where_a_number_belongs_is_refused_as_unreadable_json() {
        MvcTestResult result = post("/api/v1/calculators/redundancy-pay", """
                {"dismissal_date": "2025-06-01", "age": "forty", "years_service": 6, "weekly_pay": 400}
                """);

        assertThat(result).hasStatus4xxClientError();
        assertThat(result.getMvcResult().getResolvedException()).isInstanceOf(HttpMessageNotReadableException.class);
    }

    @Test
    void an_apprentice_option_govuk_does_not_have_is_refused_as_unreadable_json() {
        MvcTestResult result = post("/api/v1/calculators/minimum-wage", """
                {"pay_period_date": "2026-06-01", "apprentice": "maybe", "age": 30, "pay_frequency_days": 7,
                 "hours_in_pay_period": 40, "pay_in_pay_period": 600}
                """);

        assertThat(result).hasStatus4xxClientError();
        assertThat(result.getMvcResult().getResolvedException()).isInstanceOf(HttpMessageNotReadableException.class);
    }

    private MvcTestResult post(String uri, String json) {
        return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }

    private static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** The rule break, whether or not a problem handler has already turned it into a response. */
    private static InvalidFieldException invalidField(MvcTestResult result) {
        @Nullable Throwable failure = result.getUnresolvedException();
        if (failure == null) {
            failure = result.getMvcResult().getResolvedException();
        }
        while (failure != null && !(failure instanceof InvalidFieldException)) {
            failure = failure.getCause();
        }
        assertThat(failure).as("an InvalidFieldException").isInstanceOf(InvalidFieldException.class);
        return (InvalidFieldException) failure;
    }
}
