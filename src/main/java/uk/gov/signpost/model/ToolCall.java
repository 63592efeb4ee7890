package uk.gov.signpost.model;

import java.util.Objects;

/**
 * A model's request to run a tool.
 *
 * @param id the provider's id for this call, echoed in its result
 * @param arguments the arguments as a JSON object, exactly as the model wrote them (they may be malformed)
 */
public record ToolCall(String id, String name, String arguments) {

    public ToolCall {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arguments, "arguments");
    }
}
