package uk.gov.signpost.platform;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Signpost keeps its data. With no {@code url}, Signpost starts an embedded PostgreSQL under
 * {@code dataDir}; with one, it uses that server and starts nothing.
 *
 * @param url a JDBC URL ({@code jdbc:postgresql://…}) or a libpq-style URL ({@code postgres://user:pw@host/db});
 *     from {@code DATABASE_URL}
 * @param user the user name, from {@code DATABASE_USER}; overrides one in the URL
 * @param password the password, from {@code DATABASE_PASSWORD}; overrides one in the URL
 * @param dataDir the folder for everything kept on disk, from {@code SIGNPOST_DATA_DIR}
 * @param poolSize the most connections this instance opens
 * @param embeddedAllowed false where an embedded database must never start (the container image sets
 *     {@code SIGNPOST_EMBEDDED_DATABASE=false}), so a missing {@code DATABASE_URL} stops start-up at once
 */
@ConfigurationProperties("signpost.database")
public record DatabaseProperties(
        @Nullable String url, @Nullable String user, @Nullable String password, Path dataDir, int poolSize,
        @DefaultValue("true") boolean embeddedAllowed) {

    public DatabaseProperties {
        if (url != null && url.isBlank()) {
            url = null;
        }
        if (url == null && !embeddedAllowed) {
            throw new IllegalArgumentException("DATABASE_URL is required: this build has no embedded database"
                    + " (SIGNPOST_EMBEDDED_DATABASE=false)");
        }
        if (poolSize < 1) {
            throw new IllegalArgumentException("signpost.database.pool-size must be at least 1");
        }
    }

    /** True when Signpost should start and own its PostgreSQL. */
    public boolean embedded() {
        return url == null;
    }
}
