package uk.gov.signpost.pilot;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * Thumbs up or down on a reply, with an optional reason chosen from a fixed list (never free text), stored against
 * the reply's id, which is also the turn trace's {@code reply_id}. The latest answer for a reply wins. The caller
 * must have checked that the reply is the person's.
 */
@Service
public class Feedback {

    /** The reasons a person can choose. */
    public static final List<String> REASONS =
            List.of("clear", "helpful_links", "wrong", "unclear", "not_relevant", "too_long", "other");

    private final JdbcClient jdbc;
    private final Clock clock;

    Feedback(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(ConversationId conversation, UUID replyId, boolean helpful, @Nullable String reason) {
        String chosen = reason == null || reason.isBlank() ? null : reason;
        if (chosen != null && !REASONS.contains(chosen)) {
            throw new InvalidFieldException("invalid_feedback_reason", "reason", "Choose one of the reasons listed");
        }
        jdbc.sql("insert into pilot_feedback (reply_id, conversation_id, cohort, helpful, reason, created_at)"
                        + " select ?, ?, coalesce((select cohort from pilot_conversation where conversation_id = ?),"
                        + " 'none'), ?, ?, ? on conflict (reply_id) do update set helpful = excluded.helpful,"
                        + " reason = excluded.reason, created_at = excluded.created_at")
                .params(replyId, conversation.value(), conversation.value(), helpful, chosen,
                        Timestamp.from(clock.instant()))
                .update();
    }
}
