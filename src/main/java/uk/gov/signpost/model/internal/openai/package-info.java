/**
 * Any model behind an OpenAI-compatible Chat Completions API (OpenAI itself, or a self-hosted or other provider),
 * through Spring AI's OpenAI support (the official OpenAI Java SDK underneath).
 */
@NullMarked
package uk.gov.signpost.model.internal.openai;

import org.jspecify.annotations.NullMarked;
