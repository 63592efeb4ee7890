/**
 * The port to language models. The agent talks only to {@link uk.gov.signpost.model.LanguageModel}; adapters
 * sit behind it. The offline adapter needs no network: it recognises what the person wants with the MiniLM
 * sentence-embedding model plus keyword rules, using intents that a domain pack supplies through
 * {@link uk.gov.signpost.model.IntentSource}. The Claude and OpenAI-compatible adapters call remote models
 * through Spring AI (ADR 0003), behind a circuit breaker that falls back to offline mode.
 */
@NullMarked
@ApplicationModule(displayName = "Model")
package uk.gov.signpost.model;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
