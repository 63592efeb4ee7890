package uk.gov.signpost.platform.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A database address as operators write it. Platforms hand out either a JDBC URL or a libpq-style
 * {@code postgres://user:password@host:port/database} URL; both are accepted.
 */
record ExternalDatabaseUrl(String jdbcUrl, @Nullable String user, @Nullable String password) {

    static ExternalDatabaseUrl parse(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return new ExternalDatabaseUrl(url, null, null);
        }
        if (!url.startsWith("postgres://") && !url.startsWith("postgresql://")) {
            throw new IllegalArgumentException(
                    "DATABASE_URL must start with jdbc:postgresql:, postgres:// or postgresql://");
        }
        URI uri = URI.create(url);
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        String port = uri.getPort() > 0 ? ":" + uri.getPort() : "";
        String query = uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "";
        String jdbc = "jdbc:postgresql://" + uri.getHost() + port + uri.getRawPath() + query;
        return new ExternalDatabaseUrl(jdbc, user, password);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
