/**
 * Safety and privacy guardrails, as standalone components the turn loop can call: personal-data detection and
 * pseudonymisation ({@link uk.gov.signpost.safety.Pseudonymiser}) and crisis detection
 * ({@link uk.gov.signpost.safety.CrisisDetector}). Every component is offline and rule-based, and its Javadoc
 * lists what it does not catch. Measured figures are in {@code docs/safety.md}.
 */
@NullMarked
@ApplicationModule(displayName = "Safety")
package uk.gov.signpost.safety;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
