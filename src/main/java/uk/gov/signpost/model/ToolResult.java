package uk.gov.signpost.model;

import java.util.Objects;

/**
 * What a tool returned, for the model to read. A tool that failed returns its error as text with
 * {@code error} set, so that the model can correct itself.
 */
public record ToolResult(String callId, String name, String content, boolean error) {

    public ToolResult {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }
}
