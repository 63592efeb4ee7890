/**
 * The port to language models. The agent talks only to {@link uk.gov.signpost.model.LanguageModel}; adapters
 * sit behind it. Today there is the offline adapter, which needs no network: it recognises what the person
 * wants with the MiniLM sentence-embedding model plus keyword rules, using intents that a domain pack supplies
 * through {@link uk.gov.signpost.model.IntentSource}.
 */
@NullMarked
@ApplicationModule(displayName = "Model")
package uk.gov.signpost.model;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
