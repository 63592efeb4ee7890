package uk.gov.signpost.model;

import java.util.List;
import java.util.Objects;

/** One item of the conversation as a model sees it. */
public sealed interface ModelMessage {

    /** What the person wrote. */
    record Person(String text) implements ModelMessage {
        public Person {
            Objects.requireNonNull(text, "text");
        }
    }

    /** What the model said before, with any tools it called. */
    record Assistant(String text, List<ToolCall> toolCalls) implements ModelMessage {
        public Assistant {
            Objects.requireNonNull(text, "text");
            toolCalls = List.copyOf(toolCalls);
        }
    }

    /** The results of the tools the model called in its previous message, in the same order. */
    record ToolResults(List<ToolResult> results) implements ModelMessage {
        public ToolResults {
            results = List.copyOf(results);
            if (results.isEmpty()) {
                throw new IllegalArgumentException("Tool results cannot be empty");
            }
        }
    }
}
