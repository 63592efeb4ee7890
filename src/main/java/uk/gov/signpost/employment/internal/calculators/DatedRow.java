package uk.gov.signpost.employment.internal.calculators;

import java.time.LocalDate;

/** A row of rates that applies from one date to another, both inclusive. */
interface DatedRow {

    LocalDate from();

    LocalDate to();

    default boolean covers(LocalDate date) {
        return !date.isBefore(from()) && !date.isAfter(to());
    }
}
