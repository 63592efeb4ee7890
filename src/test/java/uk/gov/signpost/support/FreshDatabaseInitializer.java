package uk.gov.signpost.support;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Points a test application context at its own fresh database on the real PostgreSQL. Each context keeps a small
 * pool (five connections), because the test run caches many contexts against one server; a test that declares
 * its own {@code signpost.database.pool-size} (a benchmark, say) keeps it.
 */
public class FreshDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String POOL_SIZE = "signpost.database.pool-size";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Map<String, Object> database = new HashMap<>(Map.of("signpost.database.url", TestDatabase.create(),
                "signpost.database.user", TestDatabase.user(),
                "signpost.encryption.master-key", TestDatabase.MASTER_KEY,
                // Every test signs in from 127.0.0.1; the provider's per-address limit would refuse the suite.
                "signpost.sign-in.attempts-per-minute", 1000));
        PropertySource<?> declared = context.getEnvironment().getPropertySources().get("Inlined Test Properties");
        if (declared == null || !declared.containsProperty(POOL_SIZE)) {
            database.put(POOL_SIZE, 5);
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("signpost-test-database",
                database));
        // Sign-in goes through the in-process identity provider (Spring Authorization Server) unless a test says not.
        if (declared == null || !declared.containsProperty("signpost.sign-in.local-provider")) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("signpost-test-sign-in",
                    Map.of("signpost.sign-in.local-provider", true)));
        }
    }
}
