package uk.gov.signpost.employment.internal.occupations;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Reads the Welsh job terms once, at start-up, for occupation finding and job search. */
@Configuration(proxyBeanMethods = false)
class WelshTermsConfiguration {

    @Bean
    WelshJobTerms welshJobTerms() {
        return WelshJobTerms.load();
    }
}
