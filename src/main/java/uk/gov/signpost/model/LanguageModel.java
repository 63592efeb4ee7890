package uk.gov.signpost.model;

/** What the agent needs from a language model, whoever provides it. */
public interface LanguageModel {

    /** A short, stable name for traces and metrics, such as {@code offline}. */
    String name();

    /**
     * Produces the next reply. Text is passed to {@code sink} as it is produced, then the whole reply is
     * returned.
     */
    ModelReply reply(ModelRequest request, TokenSink sink);
}
