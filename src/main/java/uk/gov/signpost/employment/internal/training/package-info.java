/**
 * Training search over apprenticeship standards: the 2026 Skills England list, with its knowledge, skills and
 * behaviours, and the 2018 Institute for Apprenticeships list for the routes the 2026 file lacks. The API is
 * {@code /api/v1/training}; the citizen's page is {@code /training}.
 */
@NullMarked
package uk.gov.signpost.employment.internal.training;

import org.jspecify.annotations.NullMarked;
