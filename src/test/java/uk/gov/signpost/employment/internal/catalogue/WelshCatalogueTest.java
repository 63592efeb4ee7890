package uk.gov.signpost.employment.internal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.employment.Nation;
import uk.gov.signpost.model.Language;

/** Cards shown to a Welsh reader use the Welsh name, description and contact, and the Welsh page where one exists. */
class WelshCatalogueTest {

    private static final ServiceCatalogue catalogue = new ServiceCatalogue();

    @Test
    void a_welsh_reader_sees_the_welsh_name_and_description() {
        ServiceView jobcentre = catalogue.resolve("jobcentre_plus", Nation.WALES, Language.WELSH).orElseThrow();

        assertThat(jobcentre.name()).isEqualTo("Canolfan Byd Gwaith");
        assertThat(jobcentre.purpose()).startsWith("Yn eich helpu");
        assertThat(jobcentre.contact()).contains("Cymraeg: 0800 012 1888");
        assertThat(jobcentre.url()).isEqualTo("https://www.gov.uk/contact-jobcentre-plus");
    }

    @Test
    void the_welsh_page_is_linked_where_one_exists() {
        assertThat(catalogue.resolve("access_to_work", null, Language.WELSH).orElseThrow().url())
                .isEqualTo("https://www.gov.uk/mynediad-at-waith");
        assertThat(catalogue.resolve("access_to_work", null, Language.ENGLISH).orElseThrow().url())
                .isEqualTo("https://www.gov.uk/access-to-work");
    }

    @Test
    void an_equivalent_in_wales_is_shown_in_welsh() {
        ServiceView careers = catalogue.resolve("national_careers_service", Nation.WALES, Language.WELSH).orElseThrow();

        assertThat(careers.key()).isEqualTo("careers_wales");
        assertThat(careers.name()).isEqualTo("Gyrfa Cymru");
    }

    @Test
    void a_nations_own_version_in_wales_is_in_welsh_and_one_with_no_welsh_stays_as_that_nation_names_it() {
        assertThat(catalogue.resolve("redundancy_support", Nation.WALES, Language.WELSH).orElseThrow().name())
                .isEqualTo("Cymru'n Gweithio a ReAct");
        assertThat(catalogue.resolve("jobcentre_plus", Nation.NORTHERN_IRELAND, Language.WELSH).orElseThrow().name())
                .isEqualTo("Jobs & Benefits office");
    }

    @Test
    void every_welsh_entry_says_where_its_welsh_came_from() throws IOException {
        try (InputStream in = new ClassPathResource("catalogue/services.cy.json").getInputStream()) {
            JsonNode services = JsonMapper.builder().build().readTree(in).path("services");
            for (String key : catalogue.keys()) {
                String source = services.path(key).path("welsh_source").asString("");
                assertThat(source).as(key).matches("ours|https://.+");
                String url = services.path(key).path("url").asString("");
                if (!url.isEmpty()) {
                    assertThat(source).as(key + " links a Welsh page, so it must cite where it was found")
                            .startsWith("https://");
                }
            }
        }
    }
}
