package uk.gov.signpost.model;

import java.util.List;
import java.util.Objects;

/**
 * One call to a model.
 *
 * @param system the system prompt; adapters that support it cache it (with the tool list)
 * @param messages the conversation so far, oldest first
 * @param tools the tools the model may call
 * @param context structured facts about the dialogue that the system prompt also states in words; the offline
 *     adapter, which cannot read prompts, uses these
 * @param maxOutputTokens the most tokens the model may write
 */
public record ModelRequest(
        String system, List<ModelMessage> messages, List<ToolDefinition> tools, DialogueContext context,
        int maxOutputTokens) {

    public ModelRequest {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(context, "context");
        messages = List.copyOf(messages);
        tools = List.copyOf(tools);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("A model request needs at least one message");
        }
        if (maxOutputTokens < 1) {
            throw new IllegalArgumentException("maxOutputTokens must be positive");
        }
    }

    /** The person's latest message. */
    public String lastPersonText() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof ModelMessage.Person person) {
                return person.text();
            }
        }
        throw new IllegalStateException("No message from the person");
    }

    /** The last message, which is either the person's or the results of tools the model asked for. */
    public ModelMessage last() {
        return messages.get(messages.size() - 1);
    }
}
