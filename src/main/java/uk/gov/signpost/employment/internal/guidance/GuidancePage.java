package uk.gov.signpost.employment.internal.guidance;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One GOV.UK page, split into sections by heading.
 *
 * @param basePath the page's path on GOV.UK, such as {@code /jobseekers-allowance}
 * @param title the page's title
 * @param documentType GOV.UK's document type, such as {@code guide} or {@code answer}
 * @param updatedAt GOV.UK's {@code public_updated_at}
 * @param sections the page's sections in reading order
 */
record GuidancePage(
        String basePath, String title, String documentType, OffsetDateTime updatedAt, List<Section> sections) {

    static final String GOV_UK = "https://www.gov.uk";

    GuidancePage {
        if (!basePath.startsWith("/") || basePath.contains("#") || basePath.contains("?")) {
            throw new IllegalArgumentException("a base path is a path only: " + basePath);
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("page " + basePath + " has no title");
        }
        sections = List.copyOf(sections);
    }

    /** The page's address on GOV.UK. */
    String url() {
        return GOV_UK + basePath;
    }

    /**
     * A part of a page under one heading.
     *
     * @param heading the heading's text, or the page's title for the words before the first heading
     * @param url where the section is on GOV.UK
     * @param text the section's words as plain text, with paragraphs separated by blank lines
     */
    record Section(String heading, String url, String text) {

        Section {
            if (heading.isBlank()) {
                throw new IllegalArgumentException("a section needs a heading");
            }
            if (!url.startsWith(GOV_UK + "/")) {
                throw new IllegalArgumentException("a section links only to GOV.UK: " + url);
            }
        }
    }
}
