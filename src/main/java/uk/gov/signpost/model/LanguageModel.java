package uk.gov.signpost.model;

/**
 * What the agent needs from a language model, whoever provides it: Claude, an OpenAI-compatible endpoint or
 * the offline adapter. One call is one request to the model. The model may answer with text, with tool calls,
 * or both; the agent runs the tools and calls again if it needs to.
 *
 * <p>Every adapter passes the same contract tests. Failures are {@link RetriableModelException} (rate limits,
 * overload, server errors, timeouts: worth retrying or failing over) or {@link NonRetriableModelException}
 * (bad requests, bad keys: retrying will not help).
 */
public interface LanguageModel {

    /** A short, stable name for traces, metrics and the price table, such as {@code offline}. */
    String name();

    /** Which adapter this is: {@code offline}, {@code anthropic} or {@code openai}. */
    default String provider() {
        return name();
    }

    /**
     * Makes one call. Text is passed to {@code sink} as it arrives, then the whole response is returned.
     *
     * @throws ModelException when the model cannot answer
     */
    ModelResponse call(ModelRequest request, TokenSink sink);
}
