/**
 * The agent's workings: the turn loop, the guardrail chain, the flow engine, confirmations, dialogue state and turn
 * traces.
 */
@NullMarked
package uk.gov.signpost.agent.internal;

import org.jspecify.annotations.NullMarked;
