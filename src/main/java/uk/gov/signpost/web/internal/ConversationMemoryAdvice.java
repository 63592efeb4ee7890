package uk.gov.signpost.web.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.memory.Memory;

/**
 * Tells the conversation page whether the conversation is private, without touching the page's controller. Memory
 * is optional here, because web test slices load every controller advice but not the memory module.
 */
@ControllerAdvice(assignableTypes = ConversationPages.class)
class ConversationMemoryAdvice {

    private final ObjectProvider<Memory> memory;

    ConversationMemoryAdvice(ObjectProvider<Memory> memory) {
        this.memory = memory;
    }

    @ModelAttribute
    void privateConversation(@PathVariable(name = "id", required = false) @Nullable String id, Model model) {
        Memory found = memory.getIfAvailable();
        if (id != null && found != null) {
            ConversationId.parse(id).ifPresent(c -> model.addAttribute("privateConversation", found.isPrivate(c)));
        }
    }
}
