package uk.gov.signpost.employment.internal.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingPolicyTest {

    private static final RoutingPolicy routing = new RoutingPolicy();

    @Test
    void a_carer_is_pointed_to_money_for_caring() {
        assertThat(services(Map.of("carer", true))).contains("carers_allowance");
    }

    @Test
    void nothing_is_assumed_from_facts_that_are_not_known() {
        assertThat(routing.recommend(Map.of())).isEmpty();
    }

    @Test
    void a_disabled_person_in_work_gets_access_to_work_but_not_esa() {
        List<String> services = services(Map.of("disability", true, "working", true));
        assertThat(services).contains("access_to_work", "disability_confident_employers").doesNotContain("new_style_esa");
    }

    @Test
    void a_disabled_person_out_of_work_gets_esa_and_not_access_to_work() {
        List<String> services = services(Map.of("disability", true, "working", false));
        assertThat(services).contains("new_style_esa", "new_style_jsa", "universal_credit").doesNotContain("access_to_work");
    }

    @Test
    void the_youth_guarantee_is_for_18_to_21_year_olds_only() {
        assertThat(services(Map.of("age", 17))).doesNotContain("youth_guarantee");
        assertThat(services(Map.of("age", 18))).contains("youth_guarantee");
        assertThat(services(Map.of("age", 21))).contains("youth_guarantee");
        assertThat(services(Map.of("age", 22))).doesNotContain("youth_guarantee");
    }

    @Test
    void under_16_hours_a_week_suggests_universal_credit_and_16_does_not() {
        assertThat(services(Map.of("hours_per_week", 15))).contains("universal_credit");
        assertThat(services(Map.of("hours_per_week", 16))).doesNotContain("universal_credit");
    }

    @Test
    void every_recommendation_carries_a_reason_and_a_govuk_source() {
        assertThat(routing.recommend(Map.of("carer", true, "disability", true, "working", false, "age", 19,
                "redundant", true, "pay_period", "hour"))).allSatisfy(r -> {
                    assertThat(r.reason()).isNotBlank();
                    assertThat(r.source()).startsWith("https://www.gov.uk/");
                });
    }

    private static List<String> services(Map<String, Object> facts) {
        return routing.recommend(facts).stream().map(RoutingPolicy.Recommendation::service).toList();
    }
}
