package uk.gov.signpost.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param secret the key that signs session cookies, from {@code SIGNPOST_SESSION_SECRET}; when empty, a key is
 *     generated once and kept in the database so that every instance shares it
 * @param cookieSecure whether the cookie is marked {@code Secure}; turn it on wherever Signpost is served over
 *     HTTPS
 */
@ConfigurationProperties("signpost.sessions")
public record SessionProperties(@Nullable String secret, boolean cookieSecure) {}
