package uk.gov.signpost.employment.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.employment.JobMatch;
import uk.gov.signpost.employment.JobMatch.Reason.Kind;
import uk.gov.signpost.employment.JobQuery;
import uk.gov.signpost.employment.JobSearchResult;
import uk.gov.signpost.employment.internal.occupations.SocCoder;
import uk.gov.signpost.model.TextEmbedder;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * Real Lucene over the real adverts, with words alone (enrichment off), as search runs in the seconds after start-up.
 * Search by meaning is tested end to end in {@code JobSearchApiIT}.
 */
class JobSearchTest {

    private static HybridJobSearch search;

    @BeforeAll
    static void index_the_real_adverts() {
        Gazetteer gazetteer = Gazetteer.load();
        OccupationTasks tasks = OccupationTasks.load();
        SocCoder coder = new SocCoder();
        TextEmbedder unused = text -> {
            throw new AssertionError("words-only search must not embed the search");
        };
        Enrichment enrichment = new Enrichment(coder, unused, tasks, new EnrichmentCache(Path.of("target/unused")));
        JobIndexes indexes = new JobIndexes(AdvertFile.read(new LocationParser(gazetteer)), enrichment,
                EnrichmentMode.OFF);
        search = new HybridJobSearch(indexes::current, gazetteer, unused, coder, new MatchExplainer(tasks, gazetteer));
    }

    @Test
    void administrative_officer_near_ls1_returns_leeds_area_adverts_first_each_with_a_distance() {
        JobSearchResult result = search.search(new JobQuery("administrative officer", "LS1", 10, null, null, null, 1,
                50));

        assertThat(result.near()).isEqualTo("LS1");
        assertThat(result.results().subList(0, 5)).allSatisfy(job -> {
            assertThat(job.distanceMiles()).isNotNull().isLessThanOrEqualTo(10.0);
            assertThat(job.why()).anySatisfy(reason -> assertThat(reason.kind()).isEqualTo(Kind.DISTANCE));
        });
        assertThat(result.results().get(0).title().toLowerCase(Locale.ROOT)).contains("administrative", "officer");
        assertThat(result.results()).allSatisfy(job -> assertThat(job.distanceMiles() != null
                || kinds(job).stream().anyMatch(List.of(Kind.NATIONAL, Kind.REMOTE, Kind.IN_AREA)::contains))
                .isTrue());
    }

    @Test
    void near_a_place_an_advert_open_anywhere_comes_above_a_local_one_only_when_it_matches_far_better() {
        List<JobMatch> results = search.search(new JobQuery("administrative officer", "LS1", 10, null, null, null, 1,
                50)).results();

        int firstAnywhere = results.indexOf(results.stream().filter(job -> job.distanceMiles() == null)
                .findFirst().orElseThrow());
        assertThat(results.subList(0, firstAnywhere)).allSatisfy(job -> assertThat(job.distanceMiles()).isNotNull());
        assertThat(results.get(firstAnywhere).why().get(0))
                .isEqualTo(JobMatch.Reason.of(Kind.TITLE_WORDS, "administrative", "officer"));
    }

    @Test
    void data_analyst_ranks_analyst_roles_above_unrelated_ones() {
        List<JobMatch> results = search.search(new JobQuery("data analyst", null, 10, null, null, null, 1, 50))
                .results();

        assertThat(results.subList(0, 10)).allSatisfy(job -> assertThat(job.title()).containsIgnoringCase("analyst"));
        int lastAnalyst = -1;
        int firstUnrelated = Integer.MAX_VALUE;
        for (int i = 0; i < results.size(); i++) {
            String title = results.get(i).title().toLowerCase(Locale.ROOT);
            if (title.contains("analyst")) {
                lastAnalyst = i;
            } else if (!title.contains("data") && !title.contains("analy")) {
                firstUnrelated = Math.min(firstUnrelated, i);
            }
        }
        assertThat(lastAnalyst).isLessThan(firstUnrelated);
    }

    @Test
    void each_result_says_which_words_it_matched_as_they_were_written() {
        JobMatch first = search.search(JobQuery.of("Data Analyst")).results().get(0);

        assertThat(first.why().get(0)).isEqualTo(JobMatch.Reason.of(Kind.TITLE_WORDS, "Data", "Analyst"));
    }

    @Test
    void near_a_place_adverts_that_can_be_anywhere_come_after_the_local_ones_without_a_distance() {
        List<JobMatch> results = everyResult(new JobQuery("", "Inverness", 5, null, null, null, 1, 50));

        List<Kind> kinds = results.stream().map(job -> job.why().get(0).kind()).toList();
        assertThat(kinds).contains(Kind.DISTANCE, Kind.NATIONAL, Kind.REMOTE, Kind.IN_AREA);
        assertThat(kinds.lastIndexOf(Kind.DISTANCE)).isLessThan(kinds.indexOf(Kind.NATIONAL));
        assertThat(results).filteredOn(job -> !kinds(job).contains(Kind.DISTANCE))
                .allSatisfy(job -> assertThat(job.distanceMiles()).isNull());
    }

    @Test
    void an_advert_for_a_whole_region_matches_a_place_in_that_region() {
        List<JobMatch> results = everyResult(new JobQuery("", "TR1", 5, null, null, null, 1, 50));

        assertThat(results).anySatisfy(job -> assertThat(job.why())
                .contains(JobMatch.Reason.of(Kind.IN_AREA, "South West England")));
        assertThat(results).noneSatisfy(job -> assertThat(job.why())
                .contains(JobMatch.Reason.of(Kind.IN_AREA, "North West England")));
    }

    @Test
    void near_a_northern_irish_place_adverts_in_northern_ireland_match_without_a_distance() {
        List<JobMatch> results = everyResult(new JobQuery("", "Belfast", 10, null, null, null, 1, 50));

        assertThat(results).anySatisfy(job -> assertThat(job.why())
                .contains(JobMatch.Reason.of(Kind.PLACE_WITHOUT_DISTANCE, "Belfast", "Northern Ireland")));
        assertThat(results).allSatisfy(job -> assertThat(job.distanceMiles()).isNull());
    }

    @Test
    void with_no_words_adverts_near_the_place_come_nearest_first() {
        List<JobMatch> results = search.search(new JobQuery("", "Swansea", 20, null, null, null, 1, 20)).results();

        List<Double> distances = results.stream().map(JobMatch::distanceMiles).filter(d -> d != null).toList();
        assertThat(distances).isNotEmpty().isSorted();
    }

    @Test
    void the_salary_filter_keeps_adverts_that_pay_at_least_that_much() {
        JobSearchResult result = search.search(new JobQuery("officer", null, 10, 50_000, null, null, 1, 50));

        assertThat(result.total()).isPositive();
        assertThat(result.results()).allSatisfy(job -> assertThat(job.salaryMax()).isGreaterThanOrEqualTo(50_000));
    }

    @Test
    void the_department_and_closing_date_filters_keep_only_matching_adverts() {
        LocalDate after = LocalDate.of(2024, 1, 15);
        JobSearchResult result = search.search(
                new JobQuery("", null, 10, null, "ministry of defence", after, 1, 50));

        assertThat(result.total()).isPositive();
        assertThat(result.results()).allSatisfy(job -> {
            assertThat(job.employer()).isEqualTo("Ministry of Defence");
            assertThat(job.closingDate()).isAfterOrEqualTo(after);
        });
    }

    @Test
    void pages_follow_on_without_repeating_an_advert() {
        JobSearchResult first = search.search(JobQuery.of("officer"));
        JobSearchResult second = search.search(JobQuery.of("officer").page(2));

        assertThat(second.total()).isEqualTo(first.total());
        assertThat(second.results()).extracting(JobMatch::id)
                .doesNotContainAnyElementsOf(first.results().stream().map(JobMatch::id).toList());
    }

    @Test
    void an_unknown_place_is_refused_naming_the_near_field() {
        assertThatThrownBy(() -> search.search(JobQuery.of("driver", "Atlantis", 10)))
                .isInstanceOfSatisfying(InvalidFieldException.class, e -> {
                    assertThat(e.code()).isEqualTo("place_unknown");
                    assertThat(e.field()).isEqualTo("near");
                });
    }

    @Test
    void an_unknown_employer_is_refused_naming_the_department_field() {
        assertThatThrownBy(() -> search.search(new JobQuery("", null, 10, null, "Ministry of Magic", null, 1, 10)))
                .isInstanceOfSatisfying(InvalidFieldException.class,
                        e -> assertThat(e.code()).isEqualTo("department_unknown"));
    }

    @Test
    void before_enrichment_results_rank_by_words_alone_and_say_so() {
        JobSearchResult result = search.search(JobQuery.of("data analyst"));

        assertThat(result.semantic()).isFalse();
        assertThat(result.results()).allSatisfy(job -> assertThat(job.socCode()).isNull());
    }

    private static List<JobMatch> everyResult(JobQuery query) {
        List<JobMatch> results = new java.util.ArrayList<>();
        JobSearchResult page = search.search(query);
        results.addAll(page.results());
        for (int next = 2; next <= page.pages(); next++) {
            results.addAll(search.search(query.page(next)).results());
        }
        return results;
    }

    private static List<Kind> kinds(JobMatch job) {
        return job.why().stream().map(JobMatch.Reason::kind).toList();
    }
}
