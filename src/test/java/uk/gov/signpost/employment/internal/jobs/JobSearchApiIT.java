package uk.gov.signpost.employment.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.SignpostIntegrationTest;

/**
 * {@code GET /api/v1/jobs} through Tomcat, over the real adverts, with SOC codes and title embeddings worked out
 * before the application starts ({@code blocking}), so that search uses meaning from the first request.
 */
@SignpostIntegrationTest(properties = "signpost.jobs.enrichment=blocking")
class JobSearchApiIT {

    @LocalServerPort
    int port;

    @Test
    void administrative_officer_near_ls1_returns_leeds_area_adverts_first_each_with_a_distance() {
        ApiClient.Response response = api().get("/api/v1/jobs?q=administrative+officer&near=LS1");

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("total").asLong()).isPositive();
        assertThat(body.get("near").asString()).isEqualTo("LS1");
        assertThat(body.get("semantic").asBoolean()).isTrue();
        List<JsonNode> results = list(body.get("results"));
        assertThat(results).hasSize(10);
        assertThat(results.subList(0, 5)).allSatisfy(job -> {
            assertThat(job.get("distance_miles").isNumber()).isTrue();
            assertThat(job.get("distance_miles").asDouble()).isLessThanOrEqualTo(10.0);
            assertThat(texts(job.get("why"))).anySatisfy(why -> assertThat(why).contains("miles from LS1"));
        });
        assertThat(results.get(0).get("title").asString().toLowerCase(Locale.ROOT))
                .contains("administrative", "officer");
    }

    @Test
    void every_result_has_every_field_even_when_it_is_empty() {
        JsonNode job = api().get("/api/v1/jobs?q=policy").json().get("results").get(0);

        assertThat(job.propertyNames()).containsExactlyInAnyOrder("id", "title", "employer", "location",
                "distance_miles", "salary_min", "salary_max", "closing_date", "soc_code", "why");
        assertThat(job.get("distance_miles").isNull()).isTrue();
        assertThat(job.get("closing_date").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void data_analyst_ranks_analyst_roles_above_unrelated_ones_and_codes_them_as_data_analysts() {
        List<JsonNode> results = list(api().get("/api/v1/jobs?q=data+analyst&page_size=30").json().get("results"));

        assertThat(results.subList(0, 10)).allSatisfy(job ->
                assertThat(job.get("title").asString()).containsIgnoringCase("analyst"));
        int lastAnalyst = -1;
        int firstUnrelated = Integer.MAX_VALUE;
        for (int i = 0; i < results.size(); i++) {
            String title = results.get(i).get("title").asString().toLowerCase(Locale.ROOT);
            if (title.contains("analyst")) {
                lastAnalyst = i;
            } else if (!title.contains("data") && !title.contains("analy")) {
                firstUnrelated = Math.min(firstUnrelated, i);
            }
        }
        assertThat(lastAnalyst).isLessThan(firstUnrelated);
        assertThat(results.get(0).get("soc_code").asString()).isEqualTo("3544");
        assertThat(texts(results.get(0).get("why")))
                .contains("The job title has \u201cdata\u201d, \u201canalyst\u201d");
    }

    @Test
    void a_place_signpost_does_not_know_is_a_422_naming_the_near_field() {
        ApiClient.Response response = api().get("/api/v1/jobs?q=driver&near=Atlantis");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("place_unknown");
        assertThat(response.json().get("field").asString()).isEqualTo("near");
        assertThat(response.json().get("detail").asString()).contains("Leeds or LS1");
    }

    @Test
    void bad_parameters_are_422s_that_name_the_parameter() {
        assertProblem("/api/v1/jobs?near=LS1&salary_min=lots", "salary_invalid", "salary_min");
        assertProblem("/api/v1/jobs?near=LS1&radius_miles=1000", "radius_invalid", "radius_miles");
        assertProblem("/api/v1/jobs?q=nurse&page=0", "page_invalid", "page");
        assertProblem("/api/v1/jobs?q=nurse&closing_after=tomorrow", "closing_after_invalid", "closing_after");
        assertProblem("/api/v1/jobs?department=Ministry+of+Magic", "department_unknown", "department");
    }

    @Test
    void filters_on_salary_department_and_closing_date_narrow_the_results() {
        JsonNode body = api().get("/api/v1/jobs?q=officer&salary_min=40000&department=Home+Office"
                + "&closing_after=2024-01-01&page_size=50").json();

        assertThat(body.get("total").asLong()).isPositive();
        assertThat(list(body.get("results"))).allSatisfy(job -> {
            assertThat(job.get("employer").asString()).isEqualTo("Home Office");
            assertThat(job.get("salary_max").asInt()).isGreaterThanOrEqualTo(40_000);
            assertThat(job.get("closing_date").asString()).isGreaterThanOrEqualTo("2024-01-01");
        });
    }

    private void assertProblem(String path, String code, String field) {
        ApiClient.Response response = api().get(path);
        assertThat(response.status()).as(path).isEqualTo(422);
        assertThat(response.json().get("code").asString()).as(path).isEqualTo(code);
        assertThat(response.json().get("field").asString()).as(path).isEqualTo(field);
    }

    private ApiClient api() {
        return new ApiClient(port);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static List<String> texts(JsonNode array) {
        return list(array).stream().map(JsonNode::asString).toList();
    }
}
