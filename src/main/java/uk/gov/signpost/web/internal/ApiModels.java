package uk.gov.signpost.web.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.conversation.Card;
import uk.gov.signpost.conversation.Message;

/** The JSON shapes of the conversation API. Field names are snake_case, as the contract says. */
final class ApiModels {

    private ApiModels() {}

    record Created(UUID id,
            @Schema(description = "Bearer token for later calls. Keep it secret. Absent for a signed-in citizen.")
            @Nullable String token) {}

    record NewMessage(@Schema(description = "What the person wrote, 1 to 4,000 characters") @Nullable String text) {}

    record Signpost(String key, String name, String url, String why, String purpose, @Nullable String contact) {
        static Signpost of(Card card) {
            return new Signpost(card.key(), card.name(), card.url(), card.why(), card.purpose(), card.contact());
        }
    }

    record Reply(UUID id, String text, List<Signpost> signposts) {
        static Reply of(Message reply) {
            return new Reply(reply.id(), reply.text(), reply.cards().stream().map(Signpost::of).toList());
        }
    }

    record TurnResponse(Reply reply, @JsonProperty("message_id") UUID messageId) {}

    record HistoryMessage(
            UUID id,
            String role,
            String text,
            @JsonProperty("reply_to") @Nullable UUID replyTo,
            List<Signpost> signposts,
            @JsonProperty("created_at") Instant createdAt,
            @Schema(description = "For an adviser's reply (role adviser), the adviser's name") @Nullable String adviser) {
        static HistoryMessage of(Message m) {
            return new HistoryMessage(m.id(), m.role().dbValue(), m.text(), m.replyTo(),
                    m.cards().stream().map(Signpost::of).toList(), m.createdAt(), m.author());
        }
    }

    record History(@JsonProperty("conversation_id") UUID conversationId, List<HistoryMessage> messages,
            @Schema(description = "True when the person's last message has no reply yet; POST .../retry answers it")
            @JsonProperty("awaiting_reply") boolean awaitingReply) {}

    record Stored(@JsonProperty("message_id") UUID messageId) {}

    /** The message went to the adviser who holds the conversation; the assistant does not reply. */
    record Held(@JsonProperty("message_id") UUID messageId, @JsonProperty("with_adviser") boolean withAdviser) {}

    record Delta(String text) {}

    /** The stream ends here: reconnect to the conversation's events address with this id as Last-Event-ID. */
    record Reconnect(@JsonProperty("last_event_id") String lastEventId,
            @JsonProperty("retry_after_seconds") long retryAfterSeconds) {}
}
