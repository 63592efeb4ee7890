/**
 * Running the pilot under "scan, pilot, measure": the kill switch (the whole service, or only the remote model),
 * cohorts (by invitation code or a stable-hash percentage rollout) with their feature switches, outcome events
 * stored without text, a comparison of cohorts or periods with confidence intervals, and thumbs-up or -down
 * feedback on replies. See {@code docs/pilot.md}.
 */
@NullMarked
@ApplicationModule(displayName = "Pilot")
package uk.gov.signpost.pilot;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
