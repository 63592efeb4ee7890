package uk.gov.signpost.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.ApiClient.Response;
import uk.gov.signpost.support.SignpostIntegrationTest;

/** GOV.UK guidance search over real HTTP, with the bundled pages indexed at start-up and no call to GOV.UK. */
@SignpostIntegrationTest
class GuidanceApiIT {

    @LocalServerPort
    int port;

    @Test
    void a_search_returns_sections_with_their_gov_uk_addresses_in_snake_case() {
        Response response = api().get("/api/v1/guidance?q=" + encode("who can start an apprenticeship"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        JsonNode body = response.json();
        assertThat(body.get("total").asLong()).isPositive();
        assertThat(body.get("page").asInt()).isEqualTo(1);
        assertThat(body.get("page_size").asInt()).isEqualTo(10);
        JsonNode hit = body.get("results").get(0);
        assertThat(hit.get("title").asString()).isNotBlank();
        assertThat(hit.get("section").asString()).isNotBlank();
        assertThat(hit.get("url").asString()).startsWith("https://www.gov.uk/");
        assertThat(hit.get("excerpt").asString()).isNotBlank();
        assertThat(hit.get("updated_at").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(body.get("results").findValuesAsString("url"))
                .contains("https://www.gov.uk/apply-apprenticeship#who-can-do-an-apprenticeship");
    }

    @Test
    void the_second_page_follows_the_first() {
        JsonNode first = api().get("/api/v1/guidance?q=universal+credit").json();
        JsonNode second = api().get("/api/v1/guidance?q=universal+credit&page=2").json();

        assertThat(second.get("page").asInt()).isEqualTo(2);
        assertThat(second.get("total")).isEqualTo(first.get("total"));
        assertThat(second.get("results").findValuesAsString("url"))
                .doesNotContainAnyElementsOf(first.get("results").get(0).findValuesAsString("url"));
    }

    @Test
    void a_missing_query_is_a_422_problem_naming_q() {
        Response response = api().get("/api/v1/guidance");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("query_empty");
        assertThat(response.json().get("field").asString()).isEqualTo("q");
    }

    @Test
    void a_bad_page_is_a_422_problem_naming_page() {
        for (String page : new String[] {"0", "51", "two", "-1"}) {
            Response response = api().get("/api/v1/guidance?q=jobs&page=" + page);

            assertThat(response.status()).as(page).isEqualTo(422);
            assertThat(response.json().get("code").asString()).isEqualTo("invalid_page");
            assertThat(response.json().get("field").asString()).isEqualTo("page");
        }
    }

    @Test
    void a_query_that_is_too_long_is_a_422_problem() {
        Response response = api().get("/api/v1/guidance?q=" + "a".repeat(201));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("code").asString()).isEqualTo("query_too_long");
    }

    @Test
    void the_refresh_endpoint_is_not_exposed_unless_an_operator_exposes_it() {
        assertThat(api().post("/actuator/guidance", "").status()).isEqualTo(404);
    }

    private ApiClient api() {
        return new ApiClient(port);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
