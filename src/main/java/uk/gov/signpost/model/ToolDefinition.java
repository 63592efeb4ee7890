package uk.gov.signpost.model;

import java.util.Objects;

/**
 * A tool as a model sees it.
 *
 * @param name a stable name in snake_case, such as {@code search_jobs}
 * @param description what it does and when to use it, written for the model
 * @param inputSchema a JSON Schema object for its arguments
 */
public record ToolDefinition(String name, String description, String inputSchema) {

    public ToolDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(inputSchema, "inputSchema");
        if (!name.matches("[a-z][a-z0-9_]{0,63}")) {
            throw new IllegalArgumentException("Tool names are snake_case: " + name);
        }
    }
}
