package uk.gov.signpost.pilot.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import uk.gov.signpost.pilot.KillSwitch;
import uk.gov.signpost.pilot.KillSwitchScope;

/**
 * {@code signpost_kill_switch_off{scope="service"|"remote_model"}}: 1 while that switch is off, read from the database
 * at each scrape (one primary-key read), so every instance reports the same state. The alert rules in
 * {@code deploy/prometheus} tell the on-call team when a switch has been left off.
 */
@Component
class KillSwitchMetrics {

    KillSwitchMetrics(KillSwitch killSwitch, MeterRegistry registry) {
        for (KillSwitchScope scope : KillSwitchScope.values()) {
            Gauge.builder("signpost.kill_switch.off", killSwitch, k -> k.isOff(scope) ? 1 : 0)
                    .description("1 while this kill switch is off")
                    .tag("scope", scope.dbValue())
                    .register(registry);
        }
    }
}
