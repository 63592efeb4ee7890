package uk.gov.signpost.employment.internal.jobs;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Job search settings. The enrichment cache lives in {@code cache/} under {@code signpost.database.data-dir}.
 *
 * @param enrichment when to code adverts to SOC 2020 and embed their titles, from {@code SIGNPOST_JOBS_ENRICHMENT}
 */
@ConfigurationProperties("signpost.jobs")
record JobsProperties(EnrichmentMode enrichment) {}
