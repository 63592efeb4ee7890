package uk.gov.signpost.employment.internal.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.ApiClient.Response;
import uk.gov.signpost.support.SignpostIntegrationTest;

/**
 * The calculator pages over real HTTP: the forms, the results and the forms with errors each render whole, with one
 * h1. The dates are today's, which both calculators always accept.
 */
@SignpostIntegrationTest
class CalculatorPagesIT {

    @LocalServerPort
    int port;

    @Test
    void the_redundancy_pay_form_renders_with_one_heading_and_a_date_input() {
        Response form = client().get("/calculators/redundancy-pay");

        assertThat(form.status()).isEqualTo(200);
        assertThat(headings(form)).isEqualTo(1);
        assertThat(form.body()).contains("Calculate your statutory redundancy pay")
                .contains("class=\"govuk-date-input\"")
                .contains("<div class=\"govuk-input__prefix\" aria-hidden=\"true\">£</div>");
    }

    @Test
    void redundancy_pay_results_render_with_one_heading_and_both_gb_and_ni_figures() {
        Response result = client().postForm("/calculators/redundancy-pay", today("dismissal-date")
                + "&age=42&years-service=10&weekly-pay=500");

        assertThat(result.status()).isEqualTo(200);
        assertThat(headings(result)).isEqualTo(1);
        assertThat(result.body()).contains("Your statutory redundancy pay")
                .contains("England, Scotland and Wales").contains("Northern Ireland")
                .contains("href=\"https://www.gov.uk/calculate-your-redundancy-pay\"")
                .contains("Rates apply from");
    }

    @Test
    void a_redundancy_pay_form_with_problems_comes_back_with_the_error_summary_and_what_was_typed() {
        Response form = client().postForm("/calculators/redundancy-pay", today("dismissal-date")
                + "&age=forty&years-service=&weekly-pay=500");

        assertThat(form.status()).isEqualTo(422);
        assertThat(headings(form)).isEqualTo(1);
        assertThat(form.body()).contains("govuk-error-summary")
                .contains("<a href=\"#age\">Your age must be a whole number, like 42</a>")
                .contains("<a href=\"#years-service\">Enter how many full years you have worked for your employer</a>")
                .contains("id=\"age-error\"")
                .contains("value=\"forty\"");
    }

    @Test
    void changing_redundancy_answers_shows_the_form_filled_in() {
        Response form = client().postForm("/calculators/redundancy-pay/change", today("dismissal-date")
                + "&age=42&years-service=10&weekly-pay=500");

        assertThat(form.status()).isEqualTo(200);
        assertThat(headings(form)).isEqualTo(1);
        assertThat(form.body()).contains("value=\"42\"").doesNotContain("govuk-error-summary");
    }

    @Test
    void the_minimum_wage_form_renders_with_one_heading_radios_and_a_date_input() {
        Response form = client().get("/calculators/minimum-wage");

        assertThat(form.status()).isEqualTo(200);
        assertThat(headings(form)).isEqualTo(1);
        assertThat(form.body()).contains("Check if you are getting the minimum wage")
                .contains("class=\"govuk-date-input\"")
                .contains("type=\"radio\"");
    }

    @Test
    void minimum_wage_results_render_with_one_heading_the_source_and_the_date_the_rates_apply_from() {
        Response result = client().postForm("/calculators/minimum-wage", today("pay-date")
                + "&apprentice=no&age=30&pay-frequency=7&hours=10&pay=%C2%A3500&accommodation=no");

        assertThat(result.status()).isEqualTo(200);
        assertThat(headings(result)).isEqualTo(1);
        assertThat(result.body()).contains("You are getting the National Living Wage")
                .contains("href=\"https://www.gov.uk/national-minimum-wage-rates\"")
                .contains("These rates apply from");
    }

    @Test
    void a_minimum_wage_form_with_nothing_filled_in_lists_every_problem_in_the_order_of_the_form() {
        Response form = client().postForm("/calculators/minimum-wage", "");

        assertThat(form.status()).isEqualTo(422);
        assertThat(headings(form)).isEqualTo(1);
        assertThat(Pattern.compile("<li><a href=\"#([a-z-]+)\">").matcher(form.body()).results()
                .map(match -> match.group(1)).toList())
                .containsExactly("pay-date-day", "apprentice", "age", "pay-frequency", "hours", "pay",
                        "accommodation");
    }

    private static String today(String dateInput) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        return dateInput + "-day=" + today.getDayOfMonth() + "&" + dateInput + "-month=" + today.getMonthValue()
                + "&" + dateInput + "-year=" + today.getYear();
    }

    private ApiClient client() {
        return new ApiClient(port);
    }

    private static long headings(Response page) {
        return Pattern.compile("<h1[\\s>]").matcher(page.body()).results().count();
    }
}
