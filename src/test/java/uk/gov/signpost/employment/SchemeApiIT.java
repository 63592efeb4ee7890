package uk.gov.signpost.employment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.ApiClient.Response;
import uk.gov.signpost.support.SignpostIntegrationTest;

/** The employment schemes check over real HTTP, from the shipped schemes data. */
@SignpostIntegrationTest
class SchemeApiIT {

    private static final String PATH = "/api/v1/eligibility/employment-schemes";

    @LocalServerPort
    int port;

    @Test
    void a_disabled_person_in_work_in_england_is_told_about_every_open_scheme_with_a_reason() {
        Response response = post("""
                {"situation": {"nation": "england", "age": 24, "employment_status": "employed",
                  "benefits": [], "disability_or_health_condition": true, "hours_per_week": 30,
                  "has_level_3_qualification": false}}
                """);

        assertThat(response.status()).isEqualTo(200);
        JsonNode results = response.json().get("results");
        assertThat(keys(results)).containsExactly("access_to_work", "jobcentre_plus_support", "flexible_support_fund",
                "sector_based_work_academy", "skills_bootcamps", "free_courses_for_jobs", "apprenticeships",
                "disability_confident", "youth_guarantee");
        JsonNode accessToWork = results.get(0);
        assertThat(accessToWork.get("title").asString()).isEqualTo("Access to Work");
        assertThat(accessToWork.get("url").asString()).isEqualTo("https://www.gov.uk/access-to-work");
        assertThat(accessToWork.get("eligible").asString()).isEqualTo("yes");
        assertThat(accessToWork.get("reason").asString()).isNotBlank();
        results.forEach(result -> assertThat(result.get("eligible").asString()).isIn("yes", "maybe", "no"));
        assertThat(results.get(3).get("eligible").asString()).isEqualTo("no");
    }

    @Test
    void the_closed_restart_scheme_is_never_offered() {
        JsonNode results = post("{\"situation\": {\"nation\": \"wales\", \"age\": 45, \"employment_status\": "
                + "\"unemployed\", \"benefits\": [\"universal_credit\"]}}").json().get("results");

        assertThat(keys(results)).doesNotContain("restart_scheme").hasSize(9);
    }

    @Test
    void with_only_a_nation_the_answers_are_maybe_or_no() {
        JsonNode results = post("{\"situation\": {\"nation\": \"northern-ireland\"}}").json().get("results");

        results.forEach(result -> assertThat(result.get("eligible").asString()).isIn("maybe", "no"));
        assertThat(results.get(0).get("reason").asString()).contains("Access to Work (NI)");
    }

    @Test
    void a_missing_nation_is_a_422_problem_naming_it() {
        Response response = post("{\"situation\": {\"age\": 30}}");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("missing_value");
        assertThat(response.json().get("field").asString()).isEqualTo("situation.nation");
    }

    @Test
    void a_missing_situation_an_unknown_field_and_bad_values_are_422_problems_naming_the_field() {
        assertProblem("{}", "missing_value", "situation");
        assertProblem("{\"situation\": {\"nation\": \"england\", \"agee\": 30}}", "unknown_field", "situation.agee");
        assertProblem("{\"situation\": {\"nation\": \"france\"}}", "unknown_option", "situation.nation");
        assertProblem("{\"situation\": {\"nation\": \"england\", \"age\": \"thirty\"}}", "invalid_value",
                "situation.age");
        assertProblem("{\"situation\": {\"nation\": \"england\", \"age\": 200}}", "invalid_value", "situation.age");
        assertProblem("{\"situation\": {\"nation\": \"england\", \"benefits\": [\"pip\"]}}", "unknown_option",
                "situation.benefits");
        assertProblem("{\"situation\": {\"nation\": \"england\", \"employment_status\": \"retired\"}}",
                "unknown_option", "situation.employment_status");
        assertProblem("{\"situation\": {\"nation\": \"england\", \"disability_or_health_condition\": \"yes\"}}",
                "invalid_value", "situation.disability_or_health_condition");
        assertProblem("{\"situation\": {\"nation\": \"england\", \"hours_per_week\": -1}}", "invalid_value",
                "situation.hours_per_week");
    }

    @Test
    void json_that_does_not_parse_is_a_400() {
        Response response = post("{\"situation\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("code").asString()).isEqualTo("malformed_json");
    }

    private void assertProblem(String body, String code, String field) {
        Response response = post(body);

        assertThat(response.status()).as(body).isEqualTo(422);
        assertThat(response.json().get("code").asString()).as(body).isEqualTo(code);
        assertThat(response.json().get("field").asString()).as(body).isEqualTo(field);
    }

    private Response post(String body) {
        return new ApiClient(port).post(PATH, body);
    }

    private static List<String> keys(JsonNode results) {
        List<String> keys = new ArrayList<>();
        results.forEach(result -> keys.add(result.get("key").asString()));
        return keys;
    }
}
