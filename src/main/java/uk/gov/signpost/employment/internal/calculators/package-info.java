/**
 * Statutory redundancy pay and the minimum wage check, giving the same answers as GOV.UK's own calculators
 * (alphagov/smart-answers). Rates are data files under {@code employment/rates/}, each row with the dates it
 * applies; the rules that use them are small named policies.
 */
@NullMarked
package uk.gov.signpost.employment.internal.calculators;

import org.jspecify.annotations.NullMarked;
