package uk.gov.signpost.employment.internal.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.employment.TrainingSearch;
import uk.gov.signpost.employment.TrainingSearch.Query;
import uk.gov.signpost.employment.TrainingSearch.Result;
import uk.gov.signpost.employment.TrainingSearch.Standard;
import uk.gov.signpost.platform.InvalidFieldException;

class TrainingCatalogueTest {

    private static final TrainingSearch training = new TrainingCatalogue();

    @Test
    void a_search_finds_standards_by_title_first_and_shows_the_statements_that_matched() {
        TrainingSearch.Results results = training.search(new Query("software developer", null, null, 1));

        Result best = results.results().get(0);
        assertThat(best.standard().title()).isEqualTo("Software developer");
        assertThat(best.standard().level()).isEqualTo(4);
        assertThat(best.standard().route()).isEqualTo("Digital");
        assertThat(best.matchingStatements()).hasSizeBetween(1, 3)
                .allSatisfy(statement -> assertThat(statement.toLowerCase()).contains("software"));
    }

    @Test
    void every_standard_says_which_list_it_came_from_and_its_date() {
        TrainingSearch.Results results = training.search(new Query("", null, null, 1));

        assertThat(results.totalResults()).isGreaterThan(600);
        assertThat(results.results()).allSatisfy(result -> {
            TrainingSearch.FromList list = result.standard().fromList();
            assertThat(list.accurateAsOf()).isIn(LocalDate.of(2026, 6, 28), LocalDate.of(2018, 5, 8));
            assertThat(list.outOfDate()).isEqualTo(list.accurateAsOf().getYear() == 2018);
        });
        assertThat(results.sources()).extracting(source -> source.accurateAsOf())
                .containsExactly(LocalDate.of(2026, 6, 28), LocalDate.of(2018, 5, 8));
    }

    @Test
    void the_2018_list_fills_only_the_routes_the_2026_list_lacks() {
        List<Standard> construction = all(new Query("", null, "Construction", 1));
        List<Standard> digital = all(new Query("", null, "Digital", 1));

        assertThat(construction).isNotEmpty()
                .allSatisfy(standard -> assertThat(standard.fromList().outOfDate()).isTrue());
        assertThat(construction).extracting(Standard::title).contains("Bricklayer");
        assertThat(digital).hasSize(35)
                .allSatisfy(standard -> assertThat(standard.fromList().outOfDate()).isFalse());
        assertThat(training.routes()).contains("Legal, finance and accounting", "Engineering and manufacturing")
                .doesNotContain("Legal  finance and accounting");
    }

    @Test
    void a_standard_in_both_lists_appears_once_from_the_2026_list() {
        List<Standard> adultCare = all(new Query("adult care worker", null, null, 1)).stream()
                .filter(standard -> standard.title().equalsIgnoreCase("Adult care worker"))
                .toList();

        assertThat(adultCare).singleElement()
                .satisfies(standard -> assertThat(standard.fromList().outOfDate()).isFalse());
    }

    @Test
    void filters_narrow_by_level_and_route_whatever_the_case_of_the_route() {
        List<Standard> found = all(new Query("accounting", 3, "legal, FINANCE and accounting", 1));

        assertThat(found).isNotEmpty().allSatisfy(standard -> {
            assertThat(standard.level()).isEqualTo(3);
            assertThat(standard.route()).isEqualTo("Legal, finance and accounting");
        });
    }

    @Test
    void results_come_ten_to_a_page_and_a_page_past_the_end_is_empty() {
        TrainingSearch.Results first = training.search(new Query("", null, "Digital", 1));
        TrainingSearch.Results fourth = training.search(new Query("", null, "Digital", 4));
        TrainingSearch.Results fifth = training.search(new Query("", null, "Digital", 5));

        assertThat(first.results()).hasSize(10);
        assertThat(first.totalPages()).isEqualTo(4);
        assertThat(fourth.results()).hasSize(5);
        assertThat(fifth.results()).isEmpty();
    }

    @Test
    void an_unknown_route_is_refused_naming_the_route_field() {
        assertThatThrownBy(() -> training.search(new Query("", null, "Astronautics", 1)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.code()).isEqualTo("route_unknown");
                    assertThat(e.field()).isEqualTo("route");
                });
    }

    @Test
    void suggestions_for_skills_are_current_standards_that_cover_most_of_them() {
        List<String> skills = List.of("perform office routine activities", "use office systems",
                "organise business documents", "use microsoft office", "manage digital documents", "file documents",
                "draft corporate emails", "handle mail");

        List<TrainingSearch.Suggestion> suggestions = training.forSkills(skills, 5);

        assertThat(suggestions).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(suggestions.get(0).standard().title()).isEqualTo("Business administrator");
        assertThat(suggestions).allSatisfy(suggestion -> {
            assertThat(suggestion.standard().status()).isEqualTo("approved_for_delivery");
            assertThat(suggestion.standard().fromList().outOfDate()).isFalse();
            assertThat(skills).containsAll(suggestion.coversSkills());
        });
        assertThat(suggestions).extracting(suggestion -> suggestion.coversSkills().size())
                .isSortedAccordingTo((a, b) -> b - a);
    }

    private static List<Standard> all(Query first) {
        TrainingSearch.Results results = training.search(first);
        List<Standard> standards = new java.util.ArrayList<>();
        for (int page = 1; page <= results.totalPages(); page++) {
            training.search(new Query(first.text(), first.level(), first.route(), page)).results()
                    .forEach(result -> standards.add(result.standard()));
        }
        return standards;
    }
}
