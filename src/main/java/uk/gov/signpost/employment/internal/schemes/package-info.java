/**
 * Employment schemes that GOV.UK's benefits checker does not cover, held as data in
 * {@code employment/schemes.json} with their sources and the date they were checked.
 *
 * <p>{@link uk.gov.signpost.employment.internal.schemes.SchemeBookReader} loads and checks the data;
 * {@link uk.gov.signpost.employment.internal.schemes.SchemeEligibilityPolicy} decides one scheme for one situation,
 * giving an allowance ("yes" or "maybe") or a rejection, each with a reason a person can read. Facts the person has
 * not given are unknown, not false, so conditions use three-valued logic ({@link
 * uk.gov.signpost.employment.internal.schemes.Truth}).
 */
@NullMarked
package uk.gov.signpost.employment.internal.schemes;

import org.jspecify.annotations.NullMarked;
