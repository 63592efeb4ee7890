package uk.gov.signpost.model;

/** Receives a reply's text piece by piece while it is being produced. */
@FunctionalInterface
public interface TokenSink {

    TokenSink IGNORE = text -> {};

    void accept(String text);

    /** The text sent so far is void (the call failed part way and another model answers); start again. */
    default void discard() {}
}
