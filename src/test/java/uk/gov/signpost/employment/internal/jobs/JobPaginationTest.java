package uk.gov.signpost.employment.internal.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobPaginationTest {

    @Test
    void a_middle_page_shows_first_last_and_neighbours_with_gaps_between() {
        Pagination pagination = Pagination.of(5, 10, page -> "/jobs?page=" + page);

        assertThat(pagination.items()).extracting(item -> item.ellipsis() ? "\u2026" : String.valueOf(item.number()))
                .containsExactly("1", "\u2026", "4", "5", "6", "\u2026", "10");
        assertThat(pagination.items()).filteredOn(Pagination.Item::current).extracting(Pagination.Item::number)
                .containsExactly(5);
        assertThat(pagination.previous()).isEqualTo("/jobs?page=4");
        assertThat(pagination.next()).isEqualTo("/jobs?page=6");
    }

    @Test
    void the_first_page_has_no_previous_link_and_one_page_needs_no_pagination() {
        assertThat(Pagination.of(1, 3, page -> "p" + page).previous()).isNull();
        assertThat(Pagination.of(1, 1, page -> "p" + page).needed()).isFalse();
        assertThat(Pagination.of(1, 0, page -> "p" + page).needed()).isFalse();
    }
}
