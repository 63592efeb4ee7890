package uk.gov.signpost.model;

/**
 * Tokens one call used.
 *
 * @param inputTokens prompt tokens read at full price (not counting cache reads)
 * @param outputTokens tokens written
 * @param cacheReadTokens prompt tokens read from the provider's prompt cache
 * @param cacheWriteTokens prompt tokens written to the provider's prompt cache
 */
public record Usage(long inputTokens, long outputTokens, long cacheReadTokens, long cacheWriteTokens) {

    public static final Usage NONE = new Usage(0, 0, 0, 0);

    public Usage {
        if (inputTokens < 0 || outputTokens < 0 || cacheReadTokens < 0 || cacheWriteTokens < 0) {
            throw new IllegalArgumentException("Token counts cannot be negative");
        }
    }

    public Usage plus(Usage other) {
        return new Usage(inputTokens + other.inputTokens, outputTokens + other.outputTokens,
                cacheReadTokens + other.cacheReadTokens, cacheWriteTokens + other.cacheWriteTokens);
    }

    /** Every prompt token, cached or not. */
    public long promptTokens() {
        return inputTokens + cacheReadTokens + cacheWriteTokens;
    }
}
