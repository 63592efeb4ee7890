package uk.gov.signpost.model;

/** Receives a reply's text piece by piece while it is being produced. */
@FunctionalInterface
public interface TokenSink {

    TokenSink IGNORE = text -> {};

    void accept(String text);
}
