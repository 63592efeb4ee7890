package uk.gov.signpost.privacy;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Something to record in the audit log. It holds ids and codes only: the audit log outlives erasure, so nothing a
 * person wrote may go in it, and the constructor refuses values that look like free text.
 *
 * @param type what happened, such as {@code consent_given}, {@code data_exported}, {@code data_erased},
 *     {@code staff_viewed_conversation} or {@code setting_changed}
 * @param subject the person it is about, if any
 * @param actor who did it: {@code person}, {@code system}, or a staff id such as {@code staff:1234}
 * @param details further ids, codes and counts, such as {@code conversation=…} or {@code setting=memory}
 */
public record AuditEvent(String type, @Nullable UUID subject, String actor, Map<String, String> details) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{1,63}");
    private static final Pattern ACTOR = Pattern.compile("[a-z][a-z0-9_]{1,31}(:[A-Za-z0-9_-]{1,64})?");
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9_.:+-]{0,100}");

    public AuditEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        if (!CODE.matcher(type).matches()) {
            throw new IllegalArgumentException("An audit type is a lower-case code, not " + type.length() + " chars");
        }
        if (!ACTOR.matcher(actor).matches()) {
            throw new IllegalArgumentException("An audit actor is a code such as person, system or staff:ID");
        }
        details = Map.copyOf(details == null ? Map.of() : details);
        for (Map.Entry<String, String> entry : details.entrySet()) {
            if (!CODE.matcher(entry.getKey()).matches() || !VALUE.matcher(entry.getValue()).matches()) {
                throw new IllegalArgumentException("Audit details hold ids, codes and numbers only (key "
                        + (CODE.matcher(entry.getKey()).matches() ? entry.getKey() : "?") + ")");
            }
        }
    }

    /** The details in key order, as they are hashed. */
    public Map<String, String> sortedDetails() {
        return new TreeMap<>(details);
    }
}
