/**
 * GOV.UK guidance search with links to the section used.
 *
 * <p>{@link uk.gov.signpost.employment.internal.guidance.BundledPages} reads the GOV.UK pages that ship with
 * Signpost and {@link uk.gov.signpost.employment.internal.guidance.ContentApiClient} fetches fresh copies from the
 * GOV.UK Content API. Both give {@link uk.gov.signpost.employment.internal.guidance.GuidancePage}s split into
 * sections by heading, each with the address GOV.UK gives that section.
 * {@link uk.gov.signpost.employment.internal.guidance.GuidanceIndex} keeps a Lucene BM25 index over the sections,
 * and {@link uk.gov.signpost.employment.internal.guidance.GuidanceRefresh} swaps in fresh pages without losing the
 * old ones when GOV.UK cannot be reached.
 */
@NullMarked
package uk.gov.signpost.employment.internal.guidance;

import org.jspecify.annotations.NullMarked;
