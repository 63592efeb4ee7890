/**
 * The employment domain pack: the service catalogue for the four nations, the intents offline mode
 * recognises, and (as they arrive) job and training search, eligibility rules and calculators. The core
 * modules know nothing of this package; it plugs in through their interfaces.
 */
@NullMarked
@ApplicationModule(displayName = "Employment")
package uk.gov.signpost.employment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
