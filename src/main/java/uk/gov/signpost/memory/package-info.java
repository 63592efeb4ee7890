/**
 * What Signpost remembers about a person, under their control: facts with their source, sensitivity, consent
 * and expiry; the person's controls (see, correct, delete, memory off, private conversations, "forget that…");
 * the edit history; and resume codes that carry a conversation and its memory to another device. It plugs into
 * the turn loop through {@link uk.gov.signpost.agent.TurnMemory} and into data rights through
 * {@link uk.gov.signpost.platform.PersonalDataHolder}.
 */
@NullMarked
@ApplicationModule(displayName = "Memory")
package uk.gov.signpost.memory;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
