package uk.gov.signpost.employment.internal.calculators;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * GOV.UK's apprentice question. Apprentices under 19, or 19 or over in their first year, get the apprentice rate
 * whatever their age, so GOV.UK does not ask it. An apprentice of 19 or over in their second year or later is
 * treated as not an apprentice.
 */
enum ApprenticeStatus {
    @JsonProperty("no")
    NO(false),
    @JsonProperty("under_19")
    UNDER_19(true),
    @JsonProperty("19_or_over_first_year")
    AGED_19_OR_OVER_FIRST_YEAR(true),
    @JsonProperty("19_or_over_second_year_onwards")
    AGED_19_OR_OVER_SECOND_YEAR_ONWARDS(false);

    private final boolean apprenticeRate;

    ApprenticeStatus(boolean apprenticeRate) {
        this.apprenticeRate = apprenticeRate;
    }

    /** Whether the apprentice rate applies, so the age does not matter. */
    boolean paysApprenticeRate() {
        return apprenticeRate;
    }
}
