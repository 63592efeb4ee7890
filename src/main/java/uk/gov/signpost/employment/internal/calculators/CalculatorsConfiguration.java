package uk.gov.signpost.employment.internal.calculators;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the calculators. The rate files are read once, here, at start-up, so a broken file stops the application
 * rather than a request. The calculators themselves know nothing of Spring.
 */
@Configuration(proxyBeanMethods = false)
class CalculatorsConfiguration {

    /** GOV.UK's redundancy date window follows the UK calendar, whatever zone the shared clock is in. */
    static final ZoneId UK = ZoneId.of("Europe/London");

    /** Uses the application's {@link Clock}, which tests fix. */
    @Bean
    RedundancyPayCalculator redundancyPayCalculator(Clock clock) {
        Clock ukClock = clock.withZone(UK);
        return new RedundancyPayCalculator(RedundancyPayCaps.load(), new DismissalDateWindow(ukClock));
    }

    @Bean
    MinimumWageCalculator minimumWageCalculator() {
        return new MinimumWageCalculator(MinimumWageRates.load());
    }
}
