package uk.gov.signpost.employment;

import org.jspecify.annotations.Nullable;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * What to search GOV.UK guidance for: the person's words and which page of results (from 1).
 *
 * @throws InvalidFieldException naming {@code q} or {@code page} when a value is missing or out of range
 */
public record GuidanceQuery(String text, int page) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_PAGE = 50;

    public GuidanceQuery {
        text = requireText(text);
        if (page < 1 || page > MAX_PAGE) {
            throw new InvalidFieldException("invalid_page", "page",
                    "Enter a page number from 1 to " + MAX_PAGE);
        }
    }

    private static String requireText(@Nullable String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidFieldException("query_empty", "q", "Enter what you want to find in GOV.UK guidance");
        }
        if (trimmed.length() > MAX_LENGTH) {
            throw new InvalidFieldException("query_too_long", "q",
                    "Search for " + MAX_LENGTH + " characters or fewer");
        }
        if (trimmed.codePoints().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
            throw new InvalidFieldException("query_invalid_characters", "q",
                    "Search using letters, numbers and punctuation only");
        }
        return trimmed.replaceAll("\\s+", " ");
    }
}
