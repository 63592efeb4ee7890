package uk.gov.signpost.model;

import java.util.List;

/**
 * Supplied by a domain pack: the intents offline mode can recognise. Their order is the precedence of keyword
 * rules, and the last one is the fallback when nothing matches well enough.
 */
public interface IntentSource {

    List<IntentDefinition> intents();
}
