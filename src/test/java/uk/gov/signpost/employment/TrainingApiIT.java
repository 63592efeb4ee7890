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

/** The training search API over real HTTP, on the shipped apprenticeship standards. */
@SignpostIntegrationTest
class TrainingApiIT {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void a_search_returns_a_page_of_standards_each_saying_which_list_and_date_it_came_from() {
        Response response = api.get("/api/v1/training?q=" + encode("data analysis") + "&level=4");

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("page").asInt()).isEqualTo(1);
        assertThat(body.get("page_size").asInt()).isEqualTo(10);
        assertThat(body.get("total_results").asInt()).isPositive();
        JsonNode first = body.get("results").get(0);
        assertThat(first.get("standard").get("title").asString()).isEqualTo("Data analyst");
        assertThat(first.get("standard").get("level").asInt()).isEqualTo(4);
        assertThat(first.get("standard").get("typical_duration_months").asInt()).isPositive();
        assertThat(first.get("standard").get("from_list").get("accurate_as_of").asString()).isEqualTo("2026-06-28");
        assertThat(first.get("standard").get("from_list").get("out_of_date").asBoolean()).isFalse();
        assertThat(first.get("matching_statements")).isNotEmpty();
        assertThat(body.get("sources")).hasSize(2);
    }

    @Test
    void routes_the_2026_list_lacks_come_from_the_2018_list_marked_out_of_date() {
        JsonNode results = api.get("/api/v1/training?route=Construction&q=bricklayer").json().get("results");

        JsonNode standard = results.get(0).get("standard");
        assertThat(standard.get("title").asString()).isEqualTo("Bricklayer");
        assertThat(standard.get("from_list").get("accurate_as_of").asString()).isEqualTo("2018-05-08");
        assertThat(standard.get("from_list").get("out_of_date").asBoolean()).isTrue();
        assertThat(standard.get("url").asString()).startsWith("https://www.instituteforapprenticeships.org/");
    }

    @Test
    void the_routes_are_listed_for_clients_to_offer() {
        JsonNode routes = api.get("/api/v1/training/routes").json().get("routes");

        assertThat(routes).hasSizeGreaterThan(10);
        assertThat(routes.get(0).asString()).isEqualTo("Agriculture, environmental and animal care");
    }

    @Test
    void bad_parameters_are_422_problems_naming_the_field() {
        assertProblem(api.get("/api/v1/training?level=9"), "level_out_of_range", "level");
        assertProblem(api.get("/api/v1/training?level=three"), "level_invalid", "level");
        assertProblem(api.get("/api/v1/training?route=Astronautics"), "route_unknown", "route");
        assertProblem(api.get("/api/v1/training?page=0"), "page_out_of_range", "page");
        assertProblem(api.get("/api/v1/training?q=" + "a".repeat(101)), "query_too_long", "q");
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
