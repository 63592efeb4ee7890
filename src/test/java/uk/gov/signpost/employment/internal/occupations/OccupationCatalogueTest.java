package uk.gov.signpost.employment.internal.occupations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.gov.signpost.employment.Occupations;
import uk.gov.signpost.employment.Occupations.Skill;
import uk.gov.signpost.platform.InvalidFieldException;
import uk.gov.signpost.platform.NotFoundException;

class OccupationCatalogueTest {

    private static final SocGroups groups = new SocGroups();
    private static final SocCoder coder = new SocCoder(groups);
    private static final SkillProfiles profiles = new SkillProfiles(groups, coder);
    private static final Occupations occupations =
            new OccupationCatalogue(coder, new SocSearch(groups, coder), profiles, WelshJobTerms.load());

    @Test
    void a_job_title_is_found_through_the_coding_index_with_its_esco_occupations() {
        Occupations.Match best = occupations.find("Data analyst", 5).get(0);

        assertThat(best.socCode()).isEqualTo("3544");
        assertThat(best.title()).isEqualTo("Data analysts");
        assertThat(best.matchedBy()).isEqualTo("exact_title");
        assertThat(best.matchedIndexEntry()).isEqualTo("Data analyst");
        assertThat(best.escoOccupations()).extracting(Occupations.EscoOccupation::label).contains("data analyst");
        assertThat(best.escoOccupations()).allSatisfy(esco ->
                assertThat(esco.uri()).startsWith("http://data.europa.eu/esco/occupation/"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            I looked after elderly people in their homes           | 6135
            I drove a forklift truck                               | 8222
            I stacked shelves and worked the till at a supermarket | 7112
            """)
    void a_few_words_about_the_work_find_unit_groups_through_their_descriptions(String text, String soc) {
        Occupations.Match best = occupations.find(text, 5).get(0);

        assertThat(best.socCode()).isEqualTo(soc);
        assertThat(best.matchedBy()).isEqualTo("description");
        assertThat(best.matchedIndexEntry()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"athro, 23", "gyrrwr, 82", "gweithiwr gofal, 61", "nyrs, 22"})
    void a_welsh_job_title_finds_the_occupation_its_english_finds(String welsh, String socStart) {
        assertThat(occupations.find(welsh, 5)).isNotEmpty()
                .first().satisfies(best -> assertThat(best.socCode()).startsWith(socStart));
    }

    @Test
    void matches_are_one_per_unit_group_and_best_first() {
        List<Occupations.Match> matches = occupations.find("nurse", 8);

        assertThat(matches).hasSizeBetween(2, 8);
        assertThat(matches).extracting(Occupations.Match::socCode).doesNotHaveDuplicates();
        assertThat(matches).extracting(Occupations.Match::confidence)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void empty_or_over_long_text_is_refused_naming_the_q_field() {
        assertThatThrownBy(() -> occupations.find("  ", 5))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.code()).isEqualTo("query_empty");
                    assertThat(e.field()).isEqualTo("q");
                });
        assertThatThrownBy(() -> occupations.find("a".repeat(201), 5))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.code()).isEqualTo("query_too_long"));
        assertThatThrownBy(() -> occupations.find("nurse", 0))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> assertThat(e.field()).isEqualTo("limit"));
    }

    @Test
    void a_unit_groups_skills_come_from_esco_most_relevant_first() {
        Occupations.Profile profile = occupations.profile("3544", 20);

        assertThat(profile.occupation()).isEqualTo(new Occupations.UnitGroup("3544", "Data analysts"));
        assertThat(profile.description()).isNotBlank();
        assertThat(profile.isco08Groups()).extracting(Occupations.IscoGroup::isco08).startsWith("3314");
        assertThat(profile.skills()).hasSize(20)
                .extracting(Skill::label).contains("statistics", "use spreadsheets software");
        assertThat(profile.skills()).extracting(Skill::relevance)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a))
                .allSatisfy(relevance -> assertThat(relevance).isBetween(0.0, 1.0));
        assertThat(profile.skills()).extracting(Skill::type).containsOnly("skill", "knowledge");
        assertThat(profile.sources()).extracting(d -> d.attribution())
                .contains("This service uses the ESCO classification of the European Commission.");
    }

    @Test
    void every_unit_group_but_florists_reaches_esco_occupations_and_skills() {
        List<SocGroup> units = groups.all().stream().filter(SocGroup::isUnitGroup).toList();

        assertThat(units).hasSize(412);
        assertThat(units).filteredOn(unit -> !unit.code().equals("5443")).allSatisfy(unit -> {
            SkillProfiles.SkillProfile profile = profiles.of(unit.code()).orElseThrow();
            assertThat(profile.occupations()).as(unit.code()).isNotEmpty();
            assertThat(profile.skills()).as(unit.code()).isNotEmpty();
        });
    }

    @Test
    void florists_have_no_esco_skills_because_esco_has_no_occupation_for_them() {
        Occupations.Profile florists = occupations.profile("5443", 10);

        assertThat(florists.isco08Groups()).extracting(Occupations.IscoGroup::isco08).containsExactly("7549");
        assertThat(florists.escoOccupations()).isEmpty();
        assertThat(florists.skills()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"9999", "41", "abcd", "'4112 '"})
    void a_code_that_is_not_a_unit_group_is_not_found(String code) {
        assertThatThrownBy(() -> occupations.profile(code, 10))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("occupation_not_found"));
    }

    @Test
    void related_occupations_need_similar_skills_and_leave_out_the_occupation_itself() {
        List<Occupations.Related> related = occupations.related("2134", 5);

        assertThat(related).hasSize(5);
        assertThat(related).extracting(r -> r.occupation().socCode())
                .doesNotContain("2134")
                .anySatisfy(code -> assertThat(code).startsWith("21"));
        assertThat(related).extracting(Occupations.Related::similarity)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void the_gap_splits_what_the_new_occupation_needs_into_skills_kept_and_skills_to_gain() {
        Occupations.Gap gap = occupations.gap("9252", "4112");

        assertThat(gap.from().title()).isEqualTo("Warehouse operatives");
        assertThat(gap.to().title()).isEqualTo("Local government administrative occupations");
        assertThat(gap.skillsToGain()).extracting(Skill::label).contains("perform office routine activities");
        assertThat(gap.skillsToGain()).extracting(Skill::label)
                .doesNotContainAnyElementsOf(gap.skillsYouHave().stream().map(Skill::label).toList());
        assertThat(gap.skillsToGain()).allSatisfy(skill ->
                assertThat(skill.relevance()).isGreaterThanOrEqualTo(SkillProfiles.NEEDED));
    }

    @Test
    void moving_between_close_occupations_keeps_more_skills_than_moving_from_a_distant_one() {
        Occupations.Gap close = occupations.gap("4111", "4112");
        Occupations.Gap distant = occupations.gap("9252", "4112");

        assertThat(close.skillsYouHave()).hasSizeGreaterThan(distant.skillsYouHave().size());
    }

    @Test
    void a_gap_to_the_same_occupation_is_refused() {
        assertThatThrownBy(() -> occupations.gap("4112", "4112"))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.code()).isEqualTo("same_occupation");
                    assertThat(e.field()).isEqualTo("to");
                });
    }
}
