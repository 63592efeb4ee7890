package uk.gov.signpost.employment.internal.eligibility;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the benefits rules data once, at start-up, so a broken file stops the application rather than misleads. */
@Configuration(proxyBeanMethods = false)
class EligibilityConfiguration {

    @Bean
    Rulebook checkBenefitsRulebook() {
        return RulebookReader.readDefault();
    }
}
