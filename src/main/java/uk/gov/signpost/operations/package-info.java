/**
 * Running the service: metrics from the other modules' events (ids and measurements only, never text). Pilot
 * cohorts, feature switches, the kill switch, human handoff and the staff console will live here too.
 */
@NullMarked
@ApplicationModule(displayName = "Operations")
package uk.gov.signpost.operations;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
