package uk.gov.signpost.employment.internal.schemes;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Loads the schemes data once, at start-up, so a broken file stops the application rather than misleads. */
@Configuration(proxyBeanMethods = false)
class SchemesConfiguration {

    @Bean
    SchemeBook schemeBook() {
        return SchemeBookReader.readDefault();
    }
}
