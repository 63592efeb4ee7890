/**
 * Human handoff: a person, the assistant or a guardrail (crisis, repeated failure, a complaint) asks for a human
 * adviser; the person sees where they are in the queue and what happens next; a caseworker takes the case, sees a
 * summary and the facts the person agreed to share, replies in the conversation as a named adviser, hands it back
 * to the assistant or closes it with an outcome. Live updates reach every instance through
 * {@link uk.gov.signpost.platform.LiveNotifications}. See {@code docs/handoff.md}.
 */
@NullMarked
@ApplicationModule(displayName = "Handoff")
package uk.gov.signpost.handoff;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
