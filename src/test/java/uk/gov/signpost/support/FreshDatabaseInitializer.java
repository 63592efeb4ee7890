package uk.gov.signpost.support;

import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Points a test application context at its own fresh database on the real PostgreSQL. Each context keeps a small
 * pool (five connections), because the test run caches many contexts against one server; a test that declares
 * its own {@code signpost.database.pool-size} (a benchmark, say) keeps it. The database is dropped when the context
 * closes, after everything in it has shut down.
 */
public class FreshDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String POOL_SIZE = "signpost.database.pool-size";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String url = TestDatabase.createUndropped();
        // Dropped when the context is closed, after every other bean (a disposable registered before the context is
        // refreshed is destroyed last), so nothing in the context sees its database disappear while it shuts down.
        if (context.getBeanFactory() instanceof DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean("signpostTestDatabaseDrop", () -> TestDatabase.drop(url));
        } else {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> TestDatabase.drop(url)));
        }
        Map<String, Object> database = new HashMap<>(Map.of("signpost.database.url", url,
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
