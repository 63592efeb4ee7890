package uk.gov.signpost.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.ApiClient.Response;
import uk.gov.signpost.support.SignpostIntegrationTest;

/** The occupations API over real HTTP, on the shipped SOC 2020, crosswalk and ESCO data. */
@SignpostIntegrationTest
class OccupationsApiIT {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void a_job_title_finds_soc_groups_with_their_esco_occupations_in_snake_case() {
        Response response = api.get("/api/v1/occupations?q=" + encode("HEO Policy Adviser") + "&limit=3");

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("query").asString()).isEqualTo("HEO Policy Adviser");
        assertThat(body.get("occupations")).hasSize(3);
        JsonNode best = body.get("occupations").get(0);
        assertThat(best.get("soc_code").asString()).isEqualTo("2439");
        assertThat(best.get("matched_by").asString()).isEqualTo("title_with_qualifier");
        assertThat(best.get("matched_index_entry").asString()).isEqualTo("Policy adviser (government)");
        assertThat(best.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(best.get("esco_occupations").get(0).get("esco_code").asString()).isNotBlank();
        assertThat(body.get("sources").get(1).get("attribution").asString())
                .isEqualTo("This service uses the ESCO classification of the European Commission.");
    }

    @Test
    void a_few_words_about_the_work_leave_out_the_index_entry() {
        JsonNode best = api.get("/api/v1/occupations?q=" + encode("looked after elderly people in their homes"))
                .json().get("occupations").get(0);

        assertThat(best.get("soc_code").asString()).isEqualTo("6135");
        assertThat(best.get("matched_by").asString()).isEqualTo("description");
        assertThat(best.has("matched_index_entry")).isFalse();
    }

    @Test
    void skills_come_most_relevant_first_with_the_crosswalk_that_led_to_them() {
        Response response = api.get("/api/v1/occupations/3544/skills?limit=5");

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("occupation").get("title").asString()).isEqualTo("Data analysts");
        assertThat(body.get("isco08_groups").get(0).get("isco08").asString()).isEqualTo("3314");
        assertThat(body.get("example_job_titles")).isNotEmpty();
        assertThat(body.get("skills")).hasSize(5);
        assertThat(body.get("skills").get(0).get("label").asString()).isEqualTo("statistics");
        assertThat(body.get("skills").get(0).get("type").asString()).isEqualTo("knowledge");
        assertThat(body.get("skills").get(0).get("uri").asString()).startsWith("http://data.europa.eu/esco/skill/");
    }

    @Test
    void related_occupations_name_their_similarity_and_shared_skills() {
        JsonNode body = api.get("/api/v1/occupations/4112/related?limit=3").json();

        assertThat(body.get("soc_code").asString()).isEqualTo("4112");
        assertThat(body.get("related")).hasSize(3);
        assertThat(body.get("related").get(0).get("occupation").get("soc_code").asString()).isNotEqualTo("4112");
        assertThat(body.get("related").get(0).get("shared_skills").asInt()).isPositive();
    }

    @Test
    void the_gap_lists_skills_you_have_skills_to_gain_and_training_that_teaches_them() {
        Response response = api.get("/api/v1/occupations/gap?from=9252&to=4112");

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("from").get("title").asString()).isEqualTo("Warehouse operatives");
        assertThat(body.get("to").get("soc_code").asString()).isEqualTo("4112");
        assertThat(body.get("skills_you_have")).isNotEmpty();
        assertThat(body.get("skills_to_gain").get(0).get("label").asString())
                .isEqualTo("perform office routine activities");
        JsonNode training = body.get("training");
        assertThat(training).isNotEmpty();
        assertThat(training.get(0).get("covers_skills")).isNotEmpty();
        assertThat(training.get(0).get("standard").get("from_list").get("accurate_as_of").asString())
                .isEqualTo("2026-06-28");
        assertThat(body.get("sources")).hasSize(4);
    }

    @Test
    void an_unknown_soc_code_is_a_404_problem() {
        Response response = api.get("/api/v1/occupations/9999/skills");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("occupation_not_found");
        assertThat(api.get("/api/v1/occupations/gap?from=9252&to=9999").status()).isEqualTo(404);
    }

    @Test
    void bad_parameters_are_422_problems_naming_the_field() {
        assertProblem(api.get("/api/v1/occupations"), "query_empty", "q");
        assertProblem(api.get("/api/v1/occupations?q=" + "a".repeat(201)), "query_too_long", "q");
        assertProblem(api.get("/api/v1/occupations?q=nurse&limit=ten"), "limit_invalid", "limit");
        assertProblem(api.get("/api/v1/occupations?q=nurse&limit=0"), "limit_out_of_range", "limit");
        assertProblem(api.get("/api/v1/occupations/gap?to=4112"), "soc_code_required", "from");
        assertProblem(api.get("/api/v1/occupations/gap?from=9252&to=41"), "soc_code_invalid", "to");
        assertProblem(api.get("/api/v1/occupations/gap?from=4112&to=4112"), "same_occupation", "to");
    }

    private static void assertProblem(Response response, String code, String field) {
        assertThat(response.status()).as(code).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo(code);
        assertThat(response.json().get("field").asString()).isEqualTo(field);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
