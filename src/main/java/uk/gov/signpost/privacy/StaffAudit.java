package uk.gov.signpost.privacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import uk.gov.signpost.identity.CurrentStaff;
import uk.gov.signpost.identity.StaffMember;

/**
 * One call to audit what a member of staff did, in the hash-chained {@link AuditLog}:
 * {@code staffAudit.record("staff_viewed_conversation", person, Map.of("conversation", id.toString()))}. The actor
 * is {@code staff:} and the provider's subject (hashed when it holds characters an audit actor may not). Like every
 * audit entry it holds ids and codes only, never what anyone wrote.
 */
@Service
public class StaffAudit {

    private static final Pattern PLAIN_SUBJECT = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final AuditLog log;
    private final CurrentStaff staff;

    StaffAudit(AuditLog log, CurrentStaff staff) {
        this.log = log;
        this.staff = staff;
    }

    /**
     * Records an action by the member of staff signed in on this request, in the caller's transaction.
     *
     * @param type what they did, a lower-case code such as {@code handoff_picked_up}
     * @param person the citizen it concerns, if any
     * @param details further ids and codes
     * @throws IllegalStateException when no member of staff is signed in
     */
    public AuditRecord record(String type, @Nullable UUID person, Map<String, String> details) {
        StaffMember member = staff.current()
                .orElseThrow(() -> new IllegalStateException("No member of staff is signed in"));
        return record(member, type, person, details);
    }

    /** Records an action by the given member of staff. */
    public AuditRecord record(StaffMember member, String type, @Nullable UUID person, Map<String, String> details) {
        return log.append(new AuditEvent(type, person, actor(member), details));
    }

    /** The audit actor for a member of staff: {@code staff:} and their subject, or a hash of it. */
    public static String actor(StaffMember member) {
        String subject = member.subject();
        if (PLAIN_SUBJECT.matcher(subject).matches()) {
            return "staff:" + subject;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(subject.getBytes(StandardCharsets.UTF_8));
            return "staff:h" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
