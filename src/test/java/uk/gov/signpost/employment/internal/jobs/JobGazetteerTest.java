package uk.gov.signpost.employment.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import uk.gov.signpost.employment.Nation;

class JobGazetteerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load();

    @Test
    void a_postcode_district_resolves_to_its_centre_in_its_region() {
        Place ls1 = GAZETTEER.resolve("LS1").orElseThrow();

        assertThat(ls1.name()).isEqualTo("LS1");
        assertThat(ls1.point().latitude()).isCloseTo(53.797, within(0.01));
        assertThat(ls1.nation()).isEqualTo(Nation.ENGLAND);
        assertThat(ls1.region()).isEqualTo("yorkshire-and-the-humber");
    }

    @Test
    void a_full_postcode_in_any_case_resolves_to_its_district() {
        assertThat(GAZETTEER.resolve(" ls1 4ap ").orElseThrow().name()).isEqualTo("LS1");
    }

    @Test
    void towns_and_local_authorities_resolve_by_name_whatever_the_punctuation() {
        assertThat(GAZETTEER.resolve("leeds").orElseThrow().name()).isEqualTo("Leeds");
        assertThat(GAZETTEER.resolve("St Helens").orElseThrow().nation()).isEqualTo(Nation.ENGLAND);
        assertThat(GAZETTEER.resolve("Newcastle upon Tyne").orElseThrow().region()).isEqualTo("north-east");
        assertThat(GAZETTEER.resolve("Cardiff").orElseThrow().nation()).isEqualTo(Nation.WALES);
    }

    @Test
    void a_northern_irish_postcode_is_in_northern_ireland_with_no_point() {
        Place bt1 = GAZETTEER.resolve("BT1 5GS").orElseThrow();

        assertThat(bt1.nation()).isEqualTo(Nation.NORTHERN_IRELAND);
        assertThat(bt1.point()).isNull();
    }

    @Test
    void a_place_that_does_not_exist_is_not_found() {
        assertThat(GAZETTEER.resolve("Atlantis")).isEmpty();
        assertThat(GAZETTEER.resolve("ZZ99")).isEmpty();
    }

    @Test
    void distances_are_great_circle_miles() {
        GeoPoint leeds = GAZETTEER.resolve("LS1").orElseThrow().point();
        GeoPoint london = GAZETTEER.resolve("WC2N").orElseThrow().point();

        assertThat(leeds.milesTo(london)).isCloseTo(169, within(3.0));
    }
}
