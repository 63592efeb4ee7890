package uk.gov.signpost.employment.internal.calculators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateTableTest {

    record Row(LocalDate from, LocalDate to, String name) implements DatedRow {
    }

    private static Row row(String from, String to, String name) {
        return new Row(LocalDate.parse(from), LocalDate.parse(to), name);
    }

    private final RateTable<Row> table = new RateTable<>(List.of(
            row("2020-04-01", "2021-03-31", "first"),
            row("2021-04-01", "2022-03-31", "second")));

    @Test
    void given_a_date_on_either_edge_of_a_row_when_looked_up_then_that_row_applies() {
        assertThat(table.rowFor(LocalDate.parse("2020-04-01"))).map(Row::name).contains("first");
        assertThat(table.rowFor(LocalDate.parse("2021-03-31"))).map(Row::name).contains("first");
        assertThat(table.rowFor(LocalDate.parse("2021-04-01"))).map(Row::name).contains("second");
        assertThat(table.rowFor(LocalDate.parse("2022-03-31"))).map(Row::name).contains("second");
    }

    @Test
    void given_a_date_before_the_first_row_when_looked_up_then_there_are_no_rates() {
        assertThat(table.rowFor(LocalDate.parse("2020-03-31"))).isEmpty();
        assertThat(table.firstDate()).isEqualTo(LocalDate.parse("2020-04-01"));
    }

    @Test
    void given_a_date_after_the_last_row_when_looked_up_then_the_last_row_applies_as_in_govuk_rates_query() {
        assertThat(table.rowFor(LocalDate.parse("2030-01-01"))).map(Row::name).contains("second");
    }

    @Test
    void rows_with_a_gap_between_them_are_refused() {
        assertThatThrownBy(() -> new RateTable<>(List.of(
                row("2020-04-01", "2021-03-30", "first"),
                row("2021-04-01", "2022-03-31", "second"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2021-04-01");
    }

    @Test
    void rows_that_overlap_are_refused() {
        assertThatThrownBy(() -> new RateTable<>(List.of(
                row("2020-04-01", "2021-04-01", "first"),
                row("2021-04-01", "2022-03-31", "second"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_row_that_ends_before_it_starts_is_refused() {
        assertThatThrownBy(() -> new RateTable<>(List.of(row("2021-04-01", "2021-03-31", "backwards"))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_empty_table_is_refused() {
        assertThatThrownBy(() -> new RateTable<Row>(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
