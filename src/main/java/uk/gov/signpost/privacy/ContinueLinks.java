package uk.gov.signpost.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.signpost.platform.InvalidFieldException;
import uk.gov.signpost.privacy.internal.LinkSender;

/**
 * "Email me a link to continue": a one-time link, sent by email or text message through GOV.UK Notify, that
 * carries on a conversation on another device. Only a hash of the token is kept, with the person and the
 * conversation; the address it went to is passed to Notify and never stored or logged.
 *
 * <p>The link is {@code /resume?code=TOKEN}. Whatever handles {@code /resume} redeems it with {@link #redeem},
 * which works once and only before the link expires.
 */
@Service
public class ContinueLinks {

    private static final Logger log = LoggerFactory.getLogger(ContinueLinks.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{10,15}");

    private final JdbcClient jdbc;
    private final ObjectProvider<LinkSender> sender;
    private final NotifyProperties properties;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ContinueLinks(JdbcClient jdbc, ObjectProvider<LinkSender> sender, NotifyProperties properties, AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** How a link can be sent. */
    public enum Channel {
        EMAIL, SMS;

        String db() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether this channel is set up. When it is not, the option is not offered. */
    public boolean available(Channel channel) {
        LinkSender linkSender = sender.getIfAvailable();
        return linkSender != null && linkSender.supports(channel);
    }

    /**
     * Sends the person a link to continue the conversation.
     *
     * @throws InvalidFieldException if the address does not look like an email address or a phone number
     * @throws LinkNotSentException if Notify could not send it
     */
    @Transactional
    public void send(UUID person, UUID conversation, Channel channel, String address) {
        String to = address.strip();
        if (channel == Channel.EMAIL && !EMAIL.matcher(to).matches()) {
            throw new InvalidFieldException("email_invalid", "address",
                    "Enter an email address in the correct format, like name@example.com");
        }
        String digits = to.replaceAll("[\\s()-]", "");
        if (channel == Channel.SMS && !PHONE.matcher(digits).matches()) {
            throw new InvalidFieldException("phone_invalid", "address",
                    "Enter a mobile phone number, like 07700 900 982");
        }
        LinkSender linkSender = sender.getIfAvailable();
        if (linkSender == null || !linkSender.supports(channel)) {
            throw new LinkNotSentException();
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("insert into continue_link (token_hash, person_id, conversation_id, channel, created_at, expires_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(hash(token), person, conversation, channel.db(), Timestamp.from(now),
                        Timestamp.from(now.plus(properties.linkValidFor())))
                .update();
        String link = properties.publicUrl() + "/resume?code=" + token;
        linkSender.send(channel, channel == Channel.SMS ? digits : to, link, conversation);
        audit.append(new AuditEvent("continue_link_sent", person, "person",
                Map.of("channel", channel.db(), "conversation", conversation.toString())));
        log.info("event=continue_link_sent person={} conversation={} channel={}", person, conversation, channel.db());
    }

    /**
     * The person and conversation a link was sent for, if the token is one we sent, unused and not expired. Using it
     * spends it.
     */
    @Transactional
    public Optional<Redeemed> redeem(String token) {
        if (token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.sql("update continue_link set used_at = ? where token_hash = ? and used_at is null"
                        + " and expires_at > ? returning person_id, conversation_id")
                .params(now, hash(token), now)
                .query((rs, row) -> new Redeemed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
                .optional();
    }

    /** Deletes links that have expired or been used, when the retention job runs. Returns how many went. */
    @Scheduled(cron = "${signpost.retention.cron:-}")
    @Transactional
    public int deleteSpent() {
        return jdbc.sql("delete from continue_link where used_at is not null or expires_at < ?")
                .param(Timestamp.from(clock.instant()))
                .update();
    }

    /** Whose link it was and which conversation it continues. */
    public record Redeemed(UUID person, UUID conversation) {}

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
