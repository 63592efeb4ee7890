package uk.gov.signpost.employment.internal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.gov.signpost.employment.Nation;

class ServiceCatalogueTest {

    private static final ServiceCatalogue catalogue = new ServiceCatalogue();

    private static final List<String> REQUIRED_KEYS = List.of(
            "jobcentre_plus", "national_careers_service", "access_to_work", "new_style_jsa", "new_style_esa",
            "universal_credit", "redundancy_support", "apprenticeships", "skills_bootcamps", "free_courses_for_jobs",
            "carers_allowance", "disability_confident_employers", "citizens_advice", "acas", "samaritans_crisis",
            "human_adviser", "job_search", "training_search", "self_employment_support", "youth_guarantee",
            "pension_credit", "minimum_wage_check", "redundancy_pay_calculator", "careers_wales", "my_world_of_work",
            "careers_service_ni", "labour_relations_agency");

    @Test
    void holds_exactly_the_agreed_keys() {
        assertThat(catalogue.keys()).containsExactlyInAnyOrderElementsOf(REQUIRED_KEYS);
    }

    @ParameterizedTest
    @EnumSource(Nation.class)
    void every_service_shown_in_a_nation_has_a_name_purpose_and_a_safe_link(Nation nation) {
        for (String key : catalogue.keys()) {
            catalogue.resolve(key, nation).ifPresent(service -> {
                assertThat(service.name()).isNotBlank();
                assertThat(service.purpose()).isNotBlank();
                assertThat(service.url()).matches("https://.+|/[a-z/-]*");
            });
        }
    }

    @Test
    void northern_ireland_gets_jobs_and_benefits_offices_under_the_jobcentre_key() {
        ServiceView service = catalogue.resolve("jobcentre_plus", Nation.NORTHERN_IRELAND).orElseThrow();
        assertThat(service.key()).isEqualTo("jobcentre_plus");
        assertThat(service.name()).containsIgnoringCase("Jobs & Benefits");
        assertThat(service.url()).contains("nidirect.gov.uk");
    }

    @Test
    void northern_ireland_gets_advice_ni_under_the_citizens_advice_key() {
        ServiceView service = catalogue.resolve("citizens_advice", Nation.NORTHERN_IRELAND).orElseThrow();
        assertThat(service.name()).contains("Advice NI");
    }

    @Test
    void scotland_gets_carer_support_payment_under_the_carers_allowance_key() {
        ServiceView service = catalogue.resolve("carers_allowance", Nation.SCOTLAND).orElseThrow();
        assertThat(service.key()).isEqualTo("carers_allowance");
        assertThat(service.name()).contains("Carer Support Payment");
    }

    @Test
    void each_nation_gets_its_own_careers_service() {
        assertThat(catalogue.resolve("national_careers_service", Nation.ENGLAND).orElseThrow().key())
                .isEqualTo("national_careers_service");
        assertThat(catalogue.resolve("national_careers_service", Nation.WALES).orElseThrow().key())
                .isEqualTo("careers_wales");
        assertThat(catalogue.resolve("national_careers_service", Nation.SCOTLAND).orElseThrow().key())
                .isEqualTo("my_world_of_work");
        assertThat(catalogue.resolve("national_careers_service", Nation.NORTHERN_IRELAND).orElseThrow().key())
                .isEqualTo("careers_service_ni");
    }

    @Test
    void employment_disputes_in_northern_ireland_go_to_the_labour_relations_agency() {
        assertThat(catalogue.resolve("acas", Nation.NORTHERN_IRELAND).orElseThrow().key())
                .isEqualTo("labour_relations_agency");
        assertThat(catalogue.resolve("acas", Nation.SCOTLAND).orElseThrow().key()).isEqualTo("acas");
    }

    @Test
    void an_england_only_scheme_is_not_offered_in_scotland() {
        assertThat(catalogue.resolve("skills_bootcamps", Nation.SCOTLAND)).isEmpty();
        assertThat(catalogue.resolve("skills_bootcamps", Nation.ENGLAND)).isPresent();
    }

    @Test
    void when_the_nation_is_unknown_the_default_version_is_shown() {
        assertThat(catalogue.resolve("jobcentre_plus", null).orElseThrow().name()).isEqualTo("Jobcentre Plus");
    }

    @Test
    void crisis_signpost_gives_samaritans_number_and_emergency_advice() {
        ServiceView samaritans = catalogue.resolve("samaritans_crisis", Nation.ENGLAND).orElseThrow();
        assertThat(samaritans.contact()).contains("116 123");
        assertThat(samaritans.purpose()).contains("999");
    }
}
