package uk.gov.signpost.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

/** Carry on on another device: get a resume code for a conversation, and enter one on the new device. */
@Controller
class ResumePages {

    private final Caller caller;
    private final Conversations conversations;
    private final ResumeCodes codes;

    ResumePages(Caller caller, Conversations conversations, ResumeCodes codes) {
        this.caller = caller;
        this.conversations = conversations;
        this.codes = codes;
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

    @GetMapping("/resume")
    String form(Model model) {
        model.addAttribute("value", "");
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

    private static ConversationId parse(String id) {
        return ConversationId.parse(id).orElseThrow(ConversationNotFoundException::new);
    }
}
