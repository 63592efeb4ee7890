package uk.gov.signpost.employment.internal.jobs;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One job advert as published.
 *
 * @param reference the Civil Service Jobs reference, unique per advert
 * @param department the employer
 * @param locationText the location as the advert words it
 * @param salaryMin the lowest salary advertised in pounds, null when the advert gives none
 * @param salaryMax the highest salary advertised in pounds, null when the advert gives none
 * @param aboutTheJob the advert's summary, description and person specification, for the few adverts whose full
 *     text was kept; never shown, only searched
 */
record Advert(String reference, String title, String department, String locationText, AdvertLocation location,
        @Nullable Integer salaryMin, @Nullable Integer salaryMax, LocalDate closingDate, @Nullable String aboutTheJob) {

    Advert {
        if (reference.isBlank() || title.isBlank() || department.isBlank()) {
            throw new IllegalArgumentException("an advert needs a reference, a title and an employer: " + reference);
        }
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(closingDate, "closingDate");
        if (salaryMin != null && salaryMax != null && salaryMin > salaryMax) {
            throw new IllegalArgumentException("advert " + reference + " pays more at the bottom than the top");
        }
    }
}
