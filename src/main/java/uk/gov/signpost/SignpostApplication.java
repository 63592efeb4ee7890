package uk.gov.signpost;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Signpost: an agentic assistant for public services. Employment is the first domain pack. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Modulithic(systemName = "Signpost", sharedModules = "platform")
public class SignpostApplication {

    public static void main(String[] args) {
        SpringApplication.run(SignpostApplication.class, args);
    }
}
