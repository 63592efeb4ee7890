/**
 * Conversations and their messages: start one, add the person's message (stored before anything else
 * happens), add a reply, read the history, delete it. It knows nothing about models or domains.
 */
@NullMarked
@ApplicationModule(displayName = "Conversation")
package uk.gov.signpost.conversation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
