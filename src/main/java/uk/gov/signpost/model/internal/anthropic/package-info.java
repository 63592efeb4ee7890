/**
 * Claude, through Spring AI's Anthropic support (the official Anthropic Java SDK underneath). The system prompt
 * and the tool list carry {@code cache_control}, so repeated turns read them from Anthropic's prompt cache.
 */
@NullMarked
package uk.gov.signpost.model.internal.anthropic;

import org.jspecify.annotations.NullMarked;
