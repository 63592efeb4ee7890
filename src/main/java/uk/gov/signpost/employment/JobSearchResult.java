package uk.gov.signpost.employment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of job search results.
 *
 * @param total how many adverts matched: exactly when {@code totalExact}, otherwise at least this many. Counting stops
 *     at {@link JobQuery#MAX_RESULTS}, the most that can be paged to, so that broad searches stay fast
 * @param totalExact whether {@code total} is the exact count
 * @param near the place searched near, as Signpost understood it ("LS1", "Leeds"), or null
 * @param semantic true when results were ranked by meaning as well as words; false while the title embeddings are
 *     still being prepared after start-up, when words alone decide
 */
public record JobSearchResult(long total, boolean totalExact, int page, int pageSize, @Nullable String near, boolean semantic,
        List<JobMatch> results) {

    public JobSearchResult {
        results = List.copyOf(results);
        if (total < 0 || page < 1 || pageSize < 1) {
            throw new IllegalArgumentException("total, page and page size must be positive");
        }
    }

    /** How many pages the results fill, up to the last page that can be reached. */
    public int pages() {
        long reachable = Math.min(total, JobQuery.MAX_RESULTS);
        return (int) ((reachable + pageSize - 1) / pageSize);
    }
}
