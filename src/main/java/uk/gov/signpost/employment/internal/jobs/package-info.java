/**
 * Job search over real Civil Service adverts ({@code data/jobs/}).
 *
 * <p>{@link uk.gov.signpost.employment.internal.jobs.AdvertFile} reads the adverts and
 * {@link uk.gov.signpost.employment.internal.jobs.LocationParser} turns each advert's free-text location into places
 * with coordinates (from {@link uk.gov.signpost.employment.internal.jobs.Gazetteer}). The Lucene index
 * ({@link uk.gov.signpost.employment.internal.jobs.JobIndex}) is built at start-up for BM25; MiniLM vectors of the
 * titles are added in the background ({@link uk.gov.signpost.employment.internal.jobs.JobIndexes}) and cached on
 * disk, and until then search uses BM25 alone. {@link uk.gov.signpost.employment.internal.jobs.HybridJobSearch} reads
 * as the use case; {@link uk.gov.signpost.employment.internal.jobs.Ranking} combines the signals and
 * {@link uk.gov.signpost.employment.internal.jobs.MatchExplainer} says why each advert matched. See ADR 0002.
 */
@NullMarked
package uk.gov.signpost.employment.internal.jobs;

import org.jspecify.annotations.NullMarked;
