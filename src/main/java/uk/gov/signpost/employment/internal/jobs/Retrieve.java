package uk.gov.signpost.employment.internal.jobs;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What to look for.
 *
 * @param words the search's words with their index terms; empty to browse
 * @param vector the search's MiniLM embedding, or null to use words alone
 * @param occupation a SOC 2020 unit group to favour, or null
 * @param window how many word matches to consider for ranking
 * @param semanticK how many nearest neighbours in meaning to consider
 * @param semanticFloor the lowest cosine similarity that counts as a match on meaning alone
 */
record Retrieve(List<SearchTerms.Word> words, float @Nullable [] vector, @Nullable String occupation,
        @Nullable Integer salaryMin, @Nullable LocalDate closingAfter, @Nullable String department,
        @Nullable Area area, int window, int semanticK, double semanticFloor) {

    Retrieve {
        words = List.copyOf(words);
        if (window < 1 || semanticK < 1) {
            throw new IllegalArgumentException("window and semanticK must be positive");
        }
    }

    /**
     * Where the job must be: within {@code radiusMiles} of {@code point}, or in one of {@code areas} (index values
     * such as {@code national} or {@code region:london}).
     */
    record Area(@Nullable GeoPoint point, double radiusMiles, Collection<String> areas) {

        Area {
            areas = List.copyOf(areas);
        }
    }
}
