package uk.gov.signpost.employment;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of guidance search results.
 *
 * @param total how many sections matched in all
 * @param page which page this is, from 1
 * @param pageSize the most results on one page
 * @param results the sections on this page, best first
 */
public record GuidanceResults(long total, int page, int pageSize, List<Hit> results) {

    public GuidanceResults {
        results = List.copyOf(results);
        if (total < results.size() || page < 1 || pageSize < 1 || results.size() > pageSize) {
            throw new IllegalArgumentException("inconsistent page of results");
        }
    }

    /**
     * One section of a GOV.UK page.
     *
     * @param title the page's title
     * @param section the section's heading (the page's title for the words before its first heading)
     * @param url the section's address on GOV.UK: the page, the guide part, or the page with a {@code #heading} anchor
     * @param excerpt a short passage of the section around the words searched for, as plain text with no links
     * @param updatedAt when GOV.UK last changed the page in a way it told the public about
     */
    public record Hit(String title, String section, String url, String excerpt, LocalDate updatedAt) {

        public Hit {
            if (title.isBlank() || section.isBlank() || excerpt.isBlank()) {
                throw new IllegalArgumentException("a hit needs a title, a section and an excerpt");
            }
            if (!url.startsWith("https://www.gov.uk/")) {
                throw new IllegalArgumentException("a hit links only to GOV.UK over https");
            }
        }
    }
}
