package uk.gov.signpost.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.gov.signpost.conversation.Conversation;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.memory.Channel;
import uk.gov.signpost.memory.ExistingFacts;
import uk.gov.signpost.memory.Memory;
import uk.gov.signpost.memory.MemoryFactNotFoundException;
import uk.gov.signpost.memory.MemoryOverview;
import uk.gov.signpost.memory.RememberedFact;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * "What Signpost remembers about you": every fact with its source and date, change or delete one, delete
 * everything, turn memory off (keeping or deleting what is kept), and the edit history. Plain forms, so it all
 * works without JavaScript.
 */
@Controller
class MemoryPages {

    private final Caller caller;
    private final Memory memory;

    MemoryPages(Caller caller, Memory memory) {
        this.caller = caller;
        this.memory = memory;
    }

    @GetMapping("/memory")
    String overview(HttpServletRequest request, Model model, @RequestParam(required = false) @Nullable String done) {
        Optional<OwnerId> owner = caller.owner(request);
        MemoryOverview overview = owner.map(memory::overview).orElse(new MemoryOverview(true,
                java.util.List.of(), java.util.List.of()));
        model.addAttribute("overview", overview);
        model.addAttribute("done", done == null || !done.matches("[a-z_]{1,20}") ? null : done);
        return "memory/overview";
    }

    @GetMapping("/memory/{id}/change")
    String change(@PathVariable String id, HttpServletRequest request, Model model) {
        RememberedFact fact = memory.fact(caller.requireOwner(request), parse(id));
        return changeForm(model, fact, fact.value(), null);
    }

    @PostMapping("/memory/{id}/change")
    String saveChange(@PathVariable String id, @RequestParam(defaultValue = "") String value,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        OwnerId owner = caller.requireOwner(request);
        RememberedFact fact = memory.fact(owner, parse(id));
        try {
            if (value.isBlank()) {
                throw new InvalidFieldException("memory_value_missing", "value", "");
            }
            memory.correct(owner, fact.id(), value, Channel.PAGE);
        } catch (InvalidFieldException e) {
            response.setStatus(e.status().value());
            return changeForm(model, fact, value, e.code());
        }
        return "redirect:/memory?done=changed";
    }

    @GetMapping("/memory/{id}/delete")
    String confirmDelete(@PathVariable String id, HttpServletRequest request, Model model) {
        model.addAttribute("fact", memory.fact(caller.requireOwner(request), parse(id)));
        return "memory/delete";
    }

    @PostMapping("/memory/{id}/delete")
    String delete(@PathVariable String id, HttpServletRequest request) {
        memory.delete(caller.requireOwner(request), parse(id), Channel.PAGE);
        return "redirect:/memory?done=deleted";
    }

    @GetMapping("/memory/delete-all")
    String confirmDeleteAll(HttpServletRequest request) {
        caller.requireOwner(request);
        return "memory/delete-all";
    }

    @PostMapping("/memory/delete-all")
    String deleteAll(HttpServletRequest request) {
        memory.deleteAll(caller.requireOwner(request), Channel.PAGE);
        return "redirect:/memory?done=deleted_all";
    }

    @PostMapping("/memory/settings")
    String settings(@RequestParam(defaultValue = "") String setting, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        OwnerId owner = caller.requireOwner(request);
        switch (setting) {
            case "on" -> memory.setEnabled(owner, true, ExistingFacts.KEEP, Channel.PAGE);
            case "off_keep" -> memory.setEnabled(owner, false, ExistingFacts.KEEP, Channel.PAGE);
            case "off_delete" -> memory.setEnabled(owner, false, ExistingFacts.DELETE, Channel.PAGE);
            default -> {
                response.setStatus(422);
                model.addAttribute("overview", memory.overview(owner));
                model.addAttribute("settingError", true);
                return "memory/overview";
            }
        }
        return "redirect:/memory?done=" + (setting.equals("on") ? "on" : "off");
    }

    @PostMapping("/conversations/private")
    String startPrivate(HttpServletRequest request, HttpServletResponse response) {
        Caller.Session session = caller.ensureSession(request, response);
        Conversation conversation = memory.startPrivateConversation(session.owner());
        return "redirect:/conversations/" + conversation.id();
    }

    private static String changeForm(Model model, RememberedFact fact, String value, @Nullable String error) {
        model.addAttribute("fact", fact);
        model.addAttribute("value", value);
        model.addAttribute("error", error);
        return "memory/change";
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new MemoryFactNotFoundException();
        }
    }
}
