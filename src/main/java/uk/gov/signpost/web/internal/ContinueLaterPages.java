package uk.gov.signpost.web.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.ConversationNotFoundException;
import uk.gov.signpost.conversation.Conversations;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.platform.InvalidFieldException;
import uk.gov.signpost.privacy.ContinueLinks;
import uk.gov.signpost.privacy.ContinueLinks.Channel;

/**
 * "Send me a link to continue": the page (a plain form, no JavaScript needed) and the API call. The link goes
 * through GOV.UK Notify and is offered only when Notify is set up.
 */
@Controller
class ContinueLaterPages {

    private final Caller caller;
    private final Conversations conversations;
    private final ContinueLinks links;

    ContinueLaterPages(Caller caller, Conversations conversations, ContinueLinks links) {
        this.caller = caller;
        this.conversations = conversations;
        this.links = links;
    }

    @GetMapping("/conversations/{id}/continue-later")
    String form(@PathVariable String id, HttpServletRequest request, Model model) {
        ConversationId conversation = owned(id, caller.requireOwner(request));
        return render(model, conversation, null, null, "");
    }

    @PostMapping("/conversations/{id}/continue-later")
    String send(@PathVariable String id, @RequestParam(defaultValue = "") String channel,
            @RequestParam(defaultValue = "") String address, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        OwnerId owner = caller.requireOwner(request);
        ConversationId conversation = owned(id, owner);
        Channel chosen = channel(channel);
        if (chosen == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(model, conversation, "continue.error.channel", null, address);
        }
        try {
            links.send(owner.value(), conversation.value(), chosen, address);
        } catch (InvalidFieldException e) {
            response.setStatus(e.status().value());
            String error = chosen == Channel.EMAIL ? "continue.error.email" : "continue.error.phone";
            return render(model, conversation, error, chosen, address);
        }
        model.addAttribute("conversationId", conversation.toString());
        model.addAttribute("channel", chosen.name().toLowerCase(Locale.ROOT));
        return "rights/continue-sent";
    }

    @PostMapping("/api/v1/me/continue-link")
    @ResponseBody
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Send a link to continue a conversation later",
            description = "Sends a one-time link by email or text message through GOV.UK Notify. The address is"
                    + " not stored. 503 with code link_not_sent when Notify is not set up or fails.")
    void sendByApi(@RequestBody ContinueLinkRequest body, HttpServletRequest request) {
        OwnerId owner = caller.requireOwner(request);
        UUID conversationId = body.conversationId();
        ConversationId conversation = owned(conversationId == null ? "" : conversationId.toString(), owner);
        Channel chosen = channel(body.channel() == null ? "" : body.channel());
        if (chosen == null) {
            throw new InvalidFieldException("channel_invalid", "channel", "Choose email or sms");
        }
        links.send(owner.value(), conversation.value(), chosen, body.address() == null ? "" : body.address());
    }

    record ContinueLinkRequest(@JsonProperty("conversation_id") @Nullable UUID conversationId,
            @Nullable String channel, @Nullable String address) {}

    private String render(Model model, ConversationId conversation, @Nullable String error, @Nullable Channel chosen,
            String address) {
        model.addAttribute("conversationId", conversation.toString());
        model.addAttribute("emailAvailable", links.available(Channel.EMAIL));
        model.addAttribute("smsAvailable", links.available(Channel.SMS));
        model.addAttribute("error", error);
        model.addAttribute("chosen", chosen == null ? "" : chosen.name().toLowerCase(Locale.ROOT));
        model.addAttribute("address", address);
        return "rights/continue-later";
    }

    private ConversationId owned(String id, OwnerId owner) {
        ConversationId conversation;
        try {
            conversation = new ConversationId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new ConversationNotFoundException();
        }
        conversations.get(conversation, owner);
        return conversation;
    }

    private static @Nullable Channel channel(String value) {
        return switch (value) {
            case "email" -> Channel.EMAIL;
            case "sms" -> Channel.SMS;
            default -> null;
        };
    }
}
