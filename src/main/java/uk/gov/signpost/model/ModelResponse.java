package uk.gov.signpost.model;

import java.util.List;
import java.util.Objects;

/**
 * One call's answer.
 *
 * @param text the text the model wrote (may be empty when it only calls tools)
 * @param toolCalls the tools it asked to run, in order
 * @param usage tokens used by this call
 * @param model the name of the model that answered
 */
public record ModelResponse(String text, List<ToolCall> toolCalls, Usage usage, String model) {

    public ModelResponse {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(model, "model");
        toolCalls = List.copyOf(toolCalls);
    }

    public boolean wantsTools() {
        return !toolCalls.isEmpty();
    }
}
