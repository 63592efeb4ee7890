/**
 * Skills and occupations: coding a job title to an ONS SOC 2020 unit group, and reaching ESCO occupations and
 * skills through the SOC 2020 → ISCO-08 crosswalk. The data is under {@code data/occupations/}, each folder with
 * its {@code PROVENANCE.md}.
 */
@NullMarked
package uk.gov.signpost.employment.internal.occupations;

import org.jspecify.annotations.NullMarked;
