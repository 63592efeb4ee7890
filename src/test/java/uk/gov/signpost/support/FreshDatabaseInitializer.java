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
        // Sign-in goes through the in-process identity provider (Spring Authorization Server) unless a test says not.
        var inlined = context.getEnvironment().getPropertySources().get("Inlined Test Properties");
        if (inlined == null || !inlined.containsProperty("signpost.sign-in.local-provider")) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("signpost-test-sign-in",
                    Map.of("signpost.sign-in.local-provider", true)));
        }
    }
}
