/**
 * The staff console's oversight pages: the dashboard (charts drawn on the server from recorded events, each with a
 * table for screen readers), the turn-trace viewer (ids and measurements only), the pilot controls and kill switch
 * over the pilot module's services (every change with a reason, audited with the member of staff), and the
 * evaluation reports. It reads other modules' tables and never writes them.
 */
@NullMarked
@ApplicationModule(displayName = "Oversight")
package uk.gov.signpost.oversight;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
