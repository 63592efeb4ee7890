package uk.gov.signpost.web.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.ConversationNotFoundException;
import uk.gov.signpost.conversation.Conversations;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.conversation.Role;
import uk.gov.signpost.pilot.Feedback;
import uk.gov.signpost.platform.NotFoundException;

/** Thumbs up or down on a reply: a form post on the conversation page, and the same through the API. */
@Controller
@Tag(name = "Conversations")
class FeedbackController {

    private final Caller caller;
    private final Conversations conversations;
    private final Feedback feedback;

    FeedbackController(Caller caller, Conversations conversations, Feedback feedback) {
        this.caller = caller;
        this.conversations = conversations;
        this.feedback = feedback;
    }

    @PostMapping("/conversations/{id}/replies/{replyId}/feedback")
    String form(@PathVariable String id, @PathVariable String replyId,
            @RequestParam(name = "helpful", defaultValue = "") String helpful,
            @RequestParam(name = "reason", required = false) @Nullable String reason, HttpServletRequest request) {
        ConversationId conversation = record(id, replyId, "1".equals(helpful), reason, request);
        return "redirect:/conversations/" + conversation + "#m-" + replyId;
    }

    @PostMapping("/api/v1/conversations/{id}/replies/{replyId}/feedback")
    @ResponseBody
    @Operation(summary = "Say whether a reply was helpful, with an optional reason",
            description = "reason is one of clear, helpful_links, wrong, unclear, not_relevant, too_long, other."
                    + " Sending again replaces the earlier answer.")
    ResponseEntity<Void> api(@PathVariable String id, @PathVariable String replyId, @RequestBody Rating rating,
            HttpServletRequest request) {
        record(id, replyId, rating.helpful(), rating.reason(), request);
        return ResponseEntity.noContent().build();
    }

    private ConversationId record(String id, String replyId, boolean helpful, @Nullable String reason,
            HttpServletRequest request) {
        OwnerId owner = caller.requireOwner(request);
        ConversationId conversation = ConversationId.parse(id).orElseThrow(ConversationNotFoundException::new);
        UUID reply = parseReply(replyId);
        boolean theirs = conversations.history(conversation, owner).stream()
                .anyMatch(m -> m.id().equals(reply) && m.role() == Role.ASSISTANT);
        if (!theirs) {
            throw new NotFoundException("reply_not_found", "There is no such reply in this conversation");
        }
        feedback.record(conversation, reply, helpful, reason);
        return conversation;
    }

    private static UUID parseReply(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("reply_not_found", "There is no such reply in this conversation");
        }
    }

    /** A rating of one reply. */
    record Rating(boolean helpful, @Nullable String reason) {}
}
