package uk.gov.signpost.employment.internal.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The GOV.UK pagination component's links: previous and next, the first and last pages, the current page and its
 * neighbours, with a gap marked where pages are left out.
 */
record Pagination(@Nullable String previous, @Nullable String next, List<Item> items) {

    Pagination {
        items = List.copyOf(items);
    }

    static Pagination of(int current, int pages, IntFunction<String> link) {
        List<Item> items = new ArrayList<>();
        int last = 0;
        for (int page = 1; page <= pages; page++) {
            if (page == 1 || page == pages || Math.abs(page - current) <= 1) {
                if (page - last > 1) {
                    items.add(Item.GAP);
                }
                items.add(new Item(page, link.apply(page), page == current, false));
                last = page;
            }
        }
        return new Pagination(current > 1 ? link.apply(current - 1) : null,
                current < pages ? link.apply(current + 1) : null, items);
    }

    boolean needed() {
        return items.size() > 1;
    }

    /** A page link, or a gap ({@code ellipsis}) where pages are left out. */
    record Item(int number, String href, boolean current, boolean ellipsis) {

        static final Item GAP = new Item(0, "", false, true);
    }
}
