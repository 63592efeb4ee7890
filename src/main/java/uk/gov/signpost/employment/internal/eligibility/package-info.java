/**
 * GOV.UK's "Check benefits and financial support you can get", with its rules held as data in
 * {@code employment/check-benefits-financial-support.rules.json}.
 *
 * <p>{@link uk.gov.signpost.employment.internal.eligibility.RulebookReader} loads the questions and the 90 rules;
 * {@link uk.gov.signpost.employment.internal.eligibility.QuestionFlow} checks answers and follows GOV.UK's branching;
 * {@link uk.gov.signpost.employment.internal.eligibility.BenefitEligibilityPolicy} decides each rule; and
 * {@link uk.gov.signpost.employment.internal.eligibility.ReasonWriter} turns the answers that met a rule into a
 * sentence a person can read.
 */
@NullMarked
package uk.gov.signpost.employment.internal.eligibility;

import org.jspecify.annotations.NullMarked;
