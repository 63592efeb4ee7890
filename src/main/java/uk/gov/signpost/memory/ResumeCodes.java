package uk.gov.signpost.memory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.Conversations;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.memory.internal.MemoryMove;
import uk.gov.signpost.memory.internal.ResumeCodeStore;
import uk.gov.signpost.platform.RateLimiter;

/**
 * Resume codes: start on a phone, carry on on a laptop. A code is 10 characters from an alphabet without
 * look-alikes (no 0, O, 1, I or L), about 49 bits, shown in two groups of five. Only its SHA-256 hash is stored;
 * it works once and expires. Attempts are rate-limited per address, so guessing is hopeless in its lifetime.
 * Redeeming it gives the conversation, and the person's memory, to the session that entered it.
 */
@Service
public class ResumeCodes {

    private static final Logger log = LoggerFactory.getLogger(ResumeCodes.class);
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 10;

    private final ResumeCodeStore store;
    private final Conversations conversations;
    private final MemoryMove move;
    private final RateLimiter rateLimiter;
    private final MemoryProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ResumeCodes(ResumeCodeStore store, Conversations conversations, MemoryMove move, RateLimiter rateLimiter,
            MemoryProperties properties, Clock clock) {
        this.store = store;
        this.conversations = conversations;
        this.move = move;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new code for the owner's conversation. Earlier codes for it stop working. */
    @Transactional
    public ResumeCode issue(ConversationId conversation, OwnerId owner) {
        conversations.get(conversation, owner);
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        Instant now = clock.instant();
        Instant expires = now.plus(properties.resumeCodeLifetime());
        store.replace(hash(code.toString()), conversation, owner, now, expires);
        log.info("event=resume_code_issued conversation={} owner={}", conversation, owner);
        return new ResumeCode(code.substring(0, 5) + "-" + code.substring(5), expires);
    }

    /**
     * Gives the code's conversation, and its owner's memory, to {@code owner}.
     *
     * @param address who is trying, for the rate limit
     * @throws ResumeCodeInvalidException if the code is wrong, used or expired
     */
    @Transactional(noRollbackFor = ResumeCodeInvalidException.class)
    public ConversationId redeem(String code, OwnerId owner, String address) {
        rateLimiter.acquire("resume:" + address, properties.resumeAttemptsPerHour(), Duration.ofHours(1));
        String plain = normalise(code);
        if (plain.length() != LENGTH) {
            throw new ResumeCodeInvalidException();
        }
        Optional<ResumeCodeStore.Taken> found = store.take(hash(plain));
        if (found.isEmpty() || !found.get().expiresAt().isAfter(clock.instant())) {
            log.info("event=resume_code_refused owner={}", owner);
            throw new ResumeCodeInvalidException();
        }
        ResumeCodeStore.Taken redeemed = found.get();
        adopt(redeemed.conversation(), redeemed.owner(), owner);
        return redeemed.conversation();
    }

    /**
     * Gives a conversation, and its owner's memory, to the session that proved it may have it some other way (a
     * one-time "continue later" link sent by email or text).
     */
    @Transactional
    public void adopt(ConversationId conversation, OwnerId from, OwnerId to) {
        if (!from.equals(to)) {
            conversations.transfer(conversation, from, to);
            move.move(from, to);
        }
        log.info("event=conversation_resumed conversation={} from={} to={}", conversation, from, to);
    }

    /** Upper case, without spaces, dashes or anything else the person may have added. */
    /** Whether a value has a resume code's length once spaces and dashes are gone (a link token is longer). */
    public static boolean isCodeShaped(String value) {
        return normalise(value).length() <= LENGTH;
    }

    static String normalise(String code) {
        return code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    private static byte[] hash(String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
