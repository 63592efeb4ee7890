package uk.gov.signpost.support;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import java.util.Map;

/** Points a test application context at its own fresh database on the real PostgreSQL. */
public class FreshDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("signpost-test-database",
                Map.of("signpost.database.url", TestDatabase.create(),
                        "signpost.database.user", TestDatabase.user(),
                        "signpost.database.pool-size", 5,
                        "signpost.encryption.master-key", TestDatabase.MASTER_KEY)));
    }
}
