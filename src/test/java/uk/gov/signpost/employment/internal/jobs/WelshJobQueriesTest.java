package uk.gov.signpost.employment.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.employment.JobQuery;
import uk.gov.signpost.employment.JobSearch;
import uk.gov.signpost.employment.JobSearchResult;
import uk.gov.signpost.employment.internal.occupations.SocCoder;
import uk.gov.signpost.employment.internal.occupations.WelshJobTerms;
import uk.gov.signpost.model.TextEmbedder;

/** A person searching in Welsh finds the same adverts as the English words would, over the real adverts. */
class WelshJobQueriesTest {

    private static JobSearch english;
    private static JobSearch welsh;

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
        english = new HybridJobSearch(indexes::current, gazetteer, unused, coder, new MatchExplainer(tasks, gazetteer));
        welsh = new WelshJobQueries(english, WelshJobTerms.load());
    }

    @Test
    void welsh_job_words_find_the_adverts_their_english_finds() {
        assertSame("swyddog gweinyddol", "administrative officer");
        assertSame("swyddi gyrrwr", "driver");
        assertSame("athro", "teacher");
        assertSame("swyddi gofal", "care");
        assertThat(total(welsh, "swyddog gweinyddol")).isPositive();
        assertThat(total(welsh, "gyrrwr")).isPositive();
    }

    @Test
    void an_english_search_is_unchanged() {
        assertThat(total(welsh, "administrative officer")).isEqualTo(total(english, "administrative officer"));
    }

    private static void assertSame(String welshWords, String englishWords) {
        assertThat(total(welsh, welshWords)).as(welshWords).isEqualTo(total(english, englishWords));
    }

    private static long total(JobSearch search, String text) {
        JobSearchResult result = search.search(new JobQuery(text, null, 10, null, null, null, 1, 10));
        return result.total();
    }
}
