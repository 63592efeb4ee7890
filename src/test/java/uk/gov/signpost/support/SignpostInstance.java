package uk.gov.signpost.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import uk.gov.signpost.SignpostApplication;

/**
 * Another instance of Signpost started in this JVM on a free port, sharing a test database with others, as
 * instances share one behind a load balancer. Settings go in as command-line arguments, because they win over
 * application.yaml as the environment does in production.
 */
public final class SignpostInstance {

    private SignpostInstance() {}

    /**
     * Starts an instance on {@code databaseUrl} with the test user and master key; {@code settings} are more
     * {@code --name=value} arguments (each name at most once: a repeated one becomes a list).
     */
    public static ConfigurableApplicationContext start(String databaseUrl, String... settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0",
                "--signpost.database.url=" + databaseUrl,
                "--signpost.database.user=" + TestDatabase.user(),
                "--signpost.encryption.master-key=" + TestDatabase.MASTER_KEY));
        args.addAll(List.of(settings));
        return new SpringApplicationBuilder(SignpostApplication.class).run(args.toArray(String[]::new));
    }

    /** The port the instance's web server took. */
    public static int port(ConfigurableApplicationContext instance) {
        return ((WebServerApplicationContext) instance).getWebServer().getPort();
    }
}
