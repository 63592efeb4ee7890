package uk.gov.signpost.web.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.memory.Memory;

/** Tells the conversation page whether the conversation is private, without touching the page's controller. */
@ControllerAdvice(assignableTypes = ConversationPages.class)
class ConversationMemoryAdvice {

    private final Memory memory;

    ConversationMemoryAdvice(Memory memory) {
        this.memory = memory;
    }

    @ModelAttribute
    void privateConversation(@PathVariable(name = "id", required = false) @Nullable String id, Model model) {
        if (id != null) {
            ConversationId.parse(id).ifPresent(c -> model.addAttribute("privateConversation", memory.isPrivate(c)));
        }
    }
}
