package uk.gov.signpost.employment.internal.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.employment.GuidanceQuery;
import uk.gov.signpost.employment.GuidanceResults;
import uk.gov.signpost.employment.GuidanceResults.Hit;
import uk.gov.signpost.platform.InvalidFieldException;

/** Real Lucene over the real bundled GOV.UK pages. */
class GuidanceSearchTest {

    private static final GuidanceIndex INDEX = new GuidanceIndex(BundledPages.readDefault());

    private final GuidanceLibrary library = new GuidanceLibrary(INDEX, GuidanceTestProperties.pageSize(10));

    @Test
    void who_can_start_an_apprenticeship_is_found_with_a_link_to_the_section() {
        GuidanceResults results = search("who can start an apprenticeship");

        assertThat(results.results()).extracting(Hit::url)
                .contains("https://www.gov.uk/apply-apprenticeship#who-can-do-an-apprenticeship");
        Hit hit = results.results().stream().filter(h -> h.section().equals("Who can start an apprenticeship"))
                .findFirst().orElseThrow();
        assertThat(hit.title()).isEqualTo("Become an apprentice");
        assertThat(hit.excerpt()).contains("16 or over");
        assertThat(hit.updatedAt()).hasToString("2024-10-14");
    }

    @Test
    void words_are_matched_after_stemming_so_claiming_finds_claim() {
        assertThat(search("claiming universal credit advances").results().get(0).url())
                .startsWith("https://www.gov.uk/guidance/universal-credit-advances");
    }

    @Test
    void the_rapid_response_service_is_found_from_redundancy_words() {
        assertThat(search("made redundant rapid response service").results()).extracting(Hit::url)
                .contains("https://www.gov.uk/guidance/redundancy-help-finding-work-and-claiming-benefits"
                        + "#jobcentre-plus-rapid-response-service");
    }

    @Test
    void each_section_appears_once_even_when_several_of_its_pieces_match() {
        List<Hit> hits = new java.util.ArrayList<>();
        for (int page = 1; page <= 5; page++) {
            hits.addAll(library.search(new GuidanceQuery("new style jobseekers allowance", page)).results());
        }
        Set<String> seen = new HashSet<>();
        hits.forEach(hit -> assertThat(seen.add(hit.url() + "|" + hit.section())).as(hit.url()).isTrue());
    }

    @Test
    void pages_follow_on_from_each_other_and_the_total_counts_sections() {
        GuidanceResults first = search("universal credit");
        GuidanceResults second = library.search(new GuidanceQuery("universal credit", 2));

        assertThat(first.results()).hasSize(10);
        assertThat(second.results()).hasSize(10);
        assertThat(first.total()).isEqualTo(second.total()).isGreaterThan(20);
        assertThat(first.results()).doesNotContainAnyElementsOf(second.results());
    }

    @Test
    void a_page_past_the_last_result_is_empty_but_keeps_the_total() {
        GuidanceResults results = library.search(new GuidanceQuery("zero hours contract", 50));

        assertThat(results.results()).isEmpty();
        assertThat(results.total()).isPositive();
    }

    @Test
    void only_stop_words_or_unknown_words_find_nothing() {
        assertThat(search("the and of").total()).isZero();
        assertThat(search("xyzzyplugh").total()).isZero();
    }

    @Test
    void lucene_syntax_is_searched_as_words_and_never_fails() {
        for (String query : List.of("title:*", "AND OR NOT", "\"unclosed phrase", "a~2 b^10 c*", "(((", "url:https",
                "/regex/", "[1 TO 5]", "\\")) {
            assertThat(search(query).total()).as(query).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void excerpts_are_short_plain_text_and_every_link_is_to_gov_uk() {
        for (String query : List.of("universal credit", "access to work", "apprenticeship pay", "benefit cap")) {
            for (Hit hit : search(query).results()) {
                assertThat(hit.excerpt()).hasSizeLessThanOrEqualTo(Excerpts.LENGTH + 2).doesNotContain("http", "\n");
                assertThat(hit.url()).startsWith("https://www.gov.uk/");
            }
        }
    }

    @Test
    void the_query_must_have_words_and_a_page_in_range() {
        assertThatThrownBy(() -> new GuidanceQuery("  ", 1)).isInstanceOf(InvalidFieldException.class)
                .extracting("field").isEqualTo("q");
        assertThatThrownBy(() -> new GuidanceQuery("x".repeat(201), 1)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("200 characters");
        assertThatThrownBy(() -> new GuidanceQuery("jobs\u0000", 1)).isInstanceOf(InvalidFieldException.class);
        assertThatThrownBy(() -> new GuidanceQuery("jobs", 0)).isInstanceOf(InvalidFieldException.class)
                .extracting("field").isEqualTo("page");
        assertThatThrownBy(() -> new GuidanceQuery("jobs", 51)).isInstanceOf(InvalidFieldException.class);
        assertThat(new GuidanceQuery("  find   a job ", 1).text()).isEqualTo("find a job");
    }

    private GuidanceResults search(String words) {
        return library.search(new GuidanceQuery(words, 1));
    }
}
