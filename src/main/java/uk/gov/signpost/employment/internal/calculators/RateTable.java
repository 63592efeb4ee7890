package uk.gov.signpost.employment.internal.calculators;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Rows of rates in date order, each following on from the one before with no gap and no overlap. The right row is
 * chosen by date.
 */
final class RateTable<R extends DatedRow> {

    private final List<R> rows;

    RateTable(List<R> rows) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("A rate table needs at least one row");
        }
        for (int i = 0; i < rows.size(); i++) {
            R row = rows.get(i);
            if (row.to().isBefore(row.from())) {
                throw new IllegalArgumentException("The row from " + row.from() + " ends before it starts");
            }
            if (i > 0 && !row.from().equals(rows.get(i - 1).to().plusDays(1))) {
                throw new IllegalArgumentException("The row from " + row.from()
                        + " does not start the day after the row ending " + rows.get(i - 1).to());
            }
        }
        this.rows = List.copyOf(rows);
    }

    /** The first date any row covers. Earlier dates have no rates. */
    LocalDate firstDate() {
        return rows.get(0).from();
    }

    /**
     * The row for a date, or none if the date is before the first row. A date after the last row gets the last
     * row, as GOV.UK's {@code RatesQuery} does, so the newest known rates go on applying until the table is
     * updated.
     */
    Optional<R> rowFor(LocalDate date) {
        if (date.isBefore(firstDate())) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().filter(row -> row.covers(date)).findFirst().orElse(rows.get(rows.size() - 1)));
    }

    List<R> rows() {
        return rows;
    }
}
