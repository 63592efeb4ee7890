/**
 * What the remote adapters (Claude, OpenAI-compatible) share: turning our requests into Spring AI prompts,
 * reading Spring AI responses (streamed or not) back into ours, and sorting provider failures into retriable and
 * non-retriable. Spring AI never runs a tool here: our turn loop does.
 */
@NullMarked
package uk.gov.signpost.model.internal.remote;

import org.jspecify.annotations.NullMarked;
