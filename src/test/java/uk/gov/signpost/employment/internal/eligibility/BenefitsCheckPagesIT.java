package uk.gov.signpost.employment.internal.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.ApiClient.Response;
import uk.gov.signpost.support.SignpostIntegrationTest;

/** The benefits check pages over real HTTP: each renders whole, with one h1, and the answers live in the address. */
@SignpostIntegrationTest
class BenefitsCheckPagesIT {

    private static final String BASE = "/check-benefits-financial-support";
    private static final String FIFTEEN_RESULTS = "where_do_you_live=england&over_state_pension_age=yes"
            + "&are_you_working=yes&how_many_paid_hours_work=sixteen_or_less_per_week"
            + "&disability_or_health_condition=no&carer_disability_or_health_condition=no"
            + "&children_living_with_you=yes&age_of_children=5_to_7&children_with_disability=yes"
            + "&on_benefits=yes&current_benefits=universal_credit&assets_and_savings=under_16000";

    @LocalServerPort
    int port;

    @Test
    void the_start_page_renders_with_one_heading_and_starts_at_the_first_question() {
        Response start = client().get(BASE);

        assertThat(start.status()).isEqualTo(200);
        assertThat(headings(start)).isEqualTo(1);
        assertThat(start.body()).contains("Check benefits and financial support you can get")
                .contains("href=\"" + BASE + "/questions/where_do_you_live\"");
    }

    @Test
    void a_radio_question_renders_with_its_legend_as_the_one_heading_and_a_back_link() {
        Response page = client().get(BASE + "/questions/over_state_pension_age?where_do_you_live=wales");

        assertThat(page.status()).isEqualTo(200);
        assertThat(headings(page)).isEqualTo(1);
        assertThat(page.body())
                .contains("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--l\">")
                .contains("Are you State Pension age or over?")
                .contains("type=\"radio\"")
                .contains("name=\"where_do_you_live\" value=\"wales\"")
                .contains("class=\"govuk-back-link\"");
    }

    @Test
    void a_checkbox_question_renders_with_checkboxes() {
        Response page = client().get(BASE + "/questions/age_of_children?" + FIFTEEN_RESULTS);

        assertThat(page.status()).isEqualTo(200);
        assertThat(headings(page)).isEqualTo(1);
        assertThat(page.body()).contains("How old are the children who live with you?")
                .contains("type=\"checkbox\"");
        assertThat(page.body()).containsPattern("value=\"5_to_7\"\\s+checked");
    }

    @Test
    void the_results_page_renders_govuks_fifteen_results_with_one_heading() {
        Response results = client().get(BASE + "/results?" + FIFTEEN_RESULTS);

        assertThat(results.status()).isEqualTo(200);
        assertThat(headings(results)).isEqualTo(1);
        assertThat(results.body()).contains("you may be eligible for 15 things")
                .contains("href=\"https://www.gov.uk/pension-credit\"");
        assertThat(Pattern.compile("class=\"signpost-result\"").matcher(results.body()).results().count())
                .isEqualTo(15);
    }

    @Test
    void continuing_with_nothing_chosen_shows_the_error_summary_and_keeps_the_earlier_answers() {
        Response page = client().postForm(BASE + "/questions/over_state_pension_age", "where_do_you_live=scotland");

        assertThat(page.status()).isEqualTo(422);
        assertThat(headings(page)).isEqualTo(1);
        assertThat(page.body()).contains("govuk-error-summary")
                .contains("href=\"#over_state_pension_age\"")
                .contains("Select yes if you are State Pension age or over")
                .contains("name=\"where_do_you_live\" value=\"scotland\"");
        assertThat(page.body()).containsPattern("<title>Error: ");
    }

    @Test
    void answering_a_question_redirects_to_the_next_with_every_answer_in_the_address() {
        Response answered = client().postForm(BASE + "/questions/over_state_pension_age",
                "where_do_you_live=scotland&over_state_pension_age=no");

        assertThat(answered.status()).isEqualTo(302);
        assertThat(answered.header("Location")).endsWith(
                BASE + "/questions/are_you_working?where_do_you_live=scotland&over_state_pension_age=no");
    }

    @Test
    void results_asked_for_too_early_redirect_to_the_first_question_still_to_answer() {
        Response early = client().get(BASE + "/results?where_do_you_live=england&over_state_pension_age=maybe");

        assertThat(early.status()).isEqualTo(302);
        assertThat(early.header("Location"))
                .endsWith(BASE + "/questions/over_state_pension_age?where_do_you_live=england");
    }

    @Test
    void a_question_not_on_the_persons_path_redirects_to_where_they_are() {
        Response skipped = client().get(BASE + "/questions/age_of_children?where_do_you_live=england");

        assertThat(skipped.status()).isEqualTo(302);
        assertThat(skipped.header("Location"))
                .endsWith(BASE + "/questions/over_state_pension_age?where_do_you_live=england");
    }

    private ApiClient client() {
        return new ApiClient(port);
    }

    static long headings(Response page) {
        return Pattern.compile("<h1[\\s>]").matcher(page.body()).results().count();
    }
}
