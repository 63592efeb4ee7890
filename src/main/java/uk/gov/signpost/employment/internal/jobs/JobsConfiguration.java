package uk.gov.signpost.employment.internal.jobs;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.signpost.employment.JobSearch;
import uk.gov.signpost.employment.internal.occupations.SocCoder;
import uk.gov.signpost.employment.internal.occupations.WelshJobTerms;
import uk.gov.signpost.model.TextEmbedder;
import uk.gov.signpost.platform.DatabaseProperties;

/**
 * Wires job search. The adverts and places are read once, here, at start-up, so a broken data file stops the
 * application rather than a search. Enrichment uses the application's one {@link TextEmbedder} and the shared
 * {@link SocCoder}, and caches what it finds under {@code cache/} in the data folder.
 */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

    @Bean
    Gazetteer jobsGazetteer() {
        return Gazetteer.load();
    }

    @Bean
    OccupationTasks occupationTasks() {
        return OccupationTasks.load();
    }

    @Bean(destroyMethod = "close")
    JobIndexes jobIndexes(Gazetteer gazetteer, OccupationTasks tasks, SocCoder coder, TextEmbedder embedder,
            DatabaseProperties database, JobsProperties properties) {
        EnrichmentCache cache = new EnrichmentCache(database.dataDir().resolve("cache"));
        return new JobIndexes(AdvertFile.read(new LocationParser(gazetteer)),
                new Enrichment(coder, embedder, tasks, cache), properties.enrichment());
    }

    @Bean
    JobSearch jobSearch(JobIndexes indexes, Gazetteer gazetteer, OccupationTasks tasks, SocCoder coder,
            TextEmbedder embedder, WelshJobTerms welsh) {
        return new WelshJobQueries(
                new HybridJobSearch(indexes::current, gazetteer, embedder, coder, new MatchExplainer(tasks, gazetteer)),
                welsh);
    }
}
