/**
 * The turn loop. For each message: store it, read the conversation, ask the model, turn the services it
 * suggests into signpost cards through the domain pack, store the reply and stream it. Later versions add
 * tools, guided flows, confirmations and failover here.
 */
@NullMarked
@ApplicationModule(displayName = "Agent")
package uk.gov.signpost.agent;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
