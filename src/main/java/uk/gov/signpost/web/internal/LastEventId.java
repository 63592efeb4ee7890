package uk.gov.signpost.web.internal;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.platform.InvalidFieldException;

/** Reads the person's message id out of a stream's last event id ({@code <message id>} or {@code <message id>:<n>}). */
final class LastEventId {

    private LastEventId() {}

    static UUID messageId(@Nullable String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            throw invalid();
        }
        String value = lastEventId.strip();
        int colon = value.indexOf(':');
        try {
            return UUID.fromString(colon < 0 ? value : value.substring(0, colon));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static InvalidFieldException invalid() {
        return new InvalidFieldException("last_event_id_invalid", "Last-Event-ID",
                "Send the id of the last event you received, which starts with your message's id");
    }
}
