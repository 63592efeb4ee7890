package uk.gov.signpost.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.ConversationNotFoundException;
import uk.gov.signpost.conversation.Conversations;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.memory.ResumeCode;
import uk.gov.signpost.memory.ResumeCodeInvalidException;
import uk.gov.signpost.memory.ResumeCodes;
import uk.gov.signpost.platform.RateLimitExceededException;
import uk.gov.signpost.privacy.ContinueLinks;

/**
 * Carry on on another device: get a resume code for a conversation, and enter one on the new device, or follow a
 * one-time "continue later" link sent by email or text (it lands on the same form, filled in).
 */
@Controller
class ResumePages {

    private final Caller caller;
    private final Conversations conversations;
    private final ResumeCodes codes;
    private final ObjectProvider<ContinueLinks> links;

    ResumePages(Caller caller, Conversations conversations, ResumeCodes codes, ObjectProvider<ContinueLinks> links) {
        this.caller = caller;
        this.conversations = conversations;
        this.codes = codes;
        this.links = links;
    }

    @GetMapping("/conversations/{id}/continue")
    String explain(@PathVariable String id, HttpServletRequest request, Model model) {
        ConversationId conversation = parse(id);
        conversations.get(conversation, caller.requireOwner(request));
        model.addAttribute("conversationId", conversation.toString());
        return "resume/code";
    }

    @PostMapping("/conversations/{id}/continue")
    String issue(@PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model) {
        OwnerId owner = caller.requireOwner(request);
        ConversationId conversation = parse(id);
        ResumeCode code = codes.issue(conversation, owner);
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("conversationId", conversation.toString());
        model.addAttribute("code", code);
        return "resume/code";
    }

    /** The form, filled in when the person followed a "continue later" link, so nothing happens on a GET. */
    @GetMapping("/resume")
    String form(@RequestParam(defaultValue = "") String code, Model model) {
        model.addAttribute("value", code.length() > 100 ? "" : code);
        return "resume/enter";
    }

    @PostMapping("/resume")
    String redeem(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        try {
            if (code.isBlank()) {
                throw new ResumeCodeInvalidException();
            }
            Caller.Session session = caller.ensureSession(request, response);
            Optional<ContinueLinks.Redeemed> link = continueLink(code);
            if (link.isPresent()) {
                ConversationId conversation = new ConversationId(link.get().conversation());
                codes.adopt(conversation, new OwnerId(link.get().person()), session.owner());
                return "redirect:/conversations/" + conversation;
            }
            ConversationId conversation = codes.redeem(code, session.owner(), request.getRemoteAddr());
            return "redirect:/conversations/" + conversation;
        } catch (ResumeCodeInvalidException | RateLimitExceededException e) {
            response.setStatus(e.status().value());
            model.addAttribute("value", code);
            model.addAttribute("error", code.isBlank() ? "empty" : e instanceof RateLimitExceededException
                    ? "too_many" : "invalid");
            return "resume/enter";
        }
    }

    /** A "continue later" link's token is longer than a resume code; it works once. */
    private Optional<ContinueLinks.Redeemed> continueLink(String value) {
        ContinueLinks available = links.getIfAvailable();
        if (available == null || ResumeCodes.isCodeShaped(value)) {
            return Optional.empty();
        }
        return available.redeem(value.strip());
    }

    private static ConversationId parse(String id) {
        return ConversationId.parse(id).orElseThrow(ConversationNotFoundException::new);
    }
}
