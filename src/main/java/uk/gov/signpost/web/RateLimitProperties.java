package uk.gov.signpost.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on what one caller may send, counted in PostgreSQL so that they hold across instances.
 *
 * @param messagesPerMinute messages one session may send in a minute
 * @param sessionsPerMinutePerAddress new sessions one IP address may start in a minute
 */
@ConfigurationProperties("signpost.rate-limit")
public record RateLimitProperties(int messagesPerMinute, int sessionsPerMinutePerAddress) {}
