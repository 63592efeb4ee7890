package uk.gov.signpost.employment.internal.eligibility;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the benefits rules data, in English and Welsh, once, at start-up, so a broken file stops the application
 * rather than misleads.
 */
@Configuration(proxyBeanMethods = false)
class EligibilityConfiguration {

    @Bean
    Rulebooks checkBenefitsRulebooks() {
        return Rulebooks.readDefault();
    }
}
