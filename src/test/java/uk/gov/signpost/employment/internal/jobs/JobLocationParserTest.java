package uk.gov.signpost.employment.internal.jobs;

import uk.gov.signpost.employment.internal.data.CsvFile;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.employment.Nation;

/** Advert locations are free text; these are written as the real adverts write them. */
class JobLocationParserTest {

    private static final Gazetteer GAZETTEER = Gazetteer.load();
    private final LocationParser parser = new LocationParser(GAZETTEER);

    @Test
    void full_postcodes_become_places_named_after_the_town_beside_them() {
        AdvertLocation location = parser.parse("Birmingham (B5 4UA) or London (E14 4HD) based with hybrid working");

        assertThat(location.places()).extracting(Place::name)
                .containsExactly("Birmingham (B5 4UA)", "London (E14 4HD)");
        assertThat(location.places()).allSatisfy(place -> assertThat(place.point()).isNotNull());
        assertThat(location.anywhere()).isFalse();
    }

    @Test
    void a_list_of_towns_gives_one_place_each_in_the_order_written() {
        AdvertLocation location = parser.parse("Belfast, Birmingham, Cardiff, Darlington, Edinburgh, London, Salford");

        assertThat(location.places()).extracting(Place::name)
                .containsExactly("Belfast", "Birmingham", "Cardiff", "Darlington", "Edinburgh", "London", "Salford");
        assertThat(location.places()).extracting(Place::nation).containsExactly(Nation.NORTHERN_IRELAND,
                Nation.ENGLAND, Nation.WALES, Nation.ENGLAND, Nation.SCOTLAND, Nation.ENGLAND, Nation.ENGLAND);
    }

    @Test
    void northern_irish_places_have_a_nation_but_no_point_because_the_os_data_covers_great_britain_only() {
        Place belfast = parser.parse("Belfast").places().get(0);

        assertThat(belfast.nation()).isEqualTo(Nation.NORTHERN_IRELAND);
        assertThat(belfast.point()).isNull();
    }

    @Test
    void a_region_written_beside_an_address_adds_nothing_to_the_address() {
        AdvertLocation location = parser.parse("Exeter, South West England, EX1 3PB");

        assertThat(location.places()).extracting(Place::name).containsExactly("Exeter (EX1 3PB)");
        assertThat(location.regions()).isEmpty();
    }

    @Test
    void a_region_on_its_own_means_anywhere_in_that_region() {
        AdvertLocation location = parser.parse("South West England");

        assertThat(location.places()).isEmpty();
        assertThat(location.regions()).containsExactly("south-west");
    }

    @Test
    void every_english_region_together_means_anywhere_in_england() {
        AdvertLocation location = parser.parse("East Midlands (England), East of England, London (region), North East "
                + "England, North West England, Scotland, South East England, South West England, Wales, West Midlands "
                + "(England), Yorkshire and the Humber");

        assertThat(location.nations()).containsExactlyInAnyOrder(Nation.ENGLAND, Nation.SCOTLAND, Nation.WALES);
        assertThat(location.regions()).isEmpty();
    }

    @Test
    void national_and_remote_adverts_are_marked_as_such() {
        assertThat(parser.parse("National").national()).isTrue();
        AdvertLocation remote = parser.parse("Remote working (anywhere in the UK)");
        assertThat(remote.remote()).isTrue();
        assertThat(remote.national()).isTrue();
        assertThat(parser.parse("Home based").remote()).isTrue();
    }

    @Test
    void hybrid_working_from_an_office_is_not_remote() {
        AdvertLocation location = parser.parse("Located at one of UKHSA sites (Chilton, Colindale, Porton Down, London) "
                + "or the option of hybrid homeworking is possible.");

        assertThat(location.remote()).isFalse();
        assertThat(location.places()).extracting(Place::name)
                .containsExactly("Chilton", "Colindale", "Porton Down", "London");
    }

    @Test
    void a_town_followed_by_road_or_house_is_a_street_or_a_building_not_the_town() {
        AdvertLocation location = parser.parse("This position is based at NPS 14 LICHFIELD ROAD STAFFORD, ST17 4JX");

        assertThat(location.places()).extracting(Place::name).containsExactly("Stafford (ST17 4JX)");
    }

    @Test
    void the_longest_name_wins_so_bury_st_edmunds_is_not_bury() {
        assertThat(parser.parse("Bury St Edmunds").places()).extracting(Place::name)
                .containsExactly("Bury St Edmunds");
    }

    @Test
    void a_local_authority_named_beside_a_town_inside_it_is_not_a_second_place() {
        AdvertLocation location = parser.parse("Taunton, Somerset, South West");

        assertThat(location.places()).extracting(Place::name).containsExactly("Taunton");
    }

    @Test
    void places_overseas_are_not_placed() {
        assertThat(parser.parse("Cyprus \u2013 RAF Akrotiri").unknown()).isTrue();
    }

    @Test
    void almost_every_real_advert_is_placed() {
        List<Map<String, String>> rows = new ArrayList<>();
        CsvFile.read(AdvertFile.ADVERTS, rows::add);

        long unknown = rows.stream().filter(row -> parser.parse(row.get("location")).unknown()).count();

        assertThat(rows).hasSize(4389);
        assertThat(unknown).isLessThan(rows.size() / 50);
    }
}
