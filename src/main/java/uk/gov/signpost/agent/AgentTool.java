package uk.gov.signpost.agent;

import tools.jackson.databind.JsonNode;
import uk.gov.signpost.model.Language;
import uk.gov.signpost.model.ToolDefinition;

/**
 * Something the assistant can do, supplied by a domain pack or a core module: search jobs, check eligibility,
 * book a call-back. The agent offers its definition to the model and runs it when asked.
 *
 * <p>A tool with {@linkplain #sideEffect() side effects} (booking, sharing data with a caseworker, saving a
 * plan) never runs on a model's say-so alone: the agent first asks the person to confirm a summary of what will
 * happen, records their answer, and runs it only after a recorded "yes".
 */
public interface AgentTool {

    ToolDefinition definition();

    /** Whether running it changes something outside the conversation. */
    default boolean sideEffect() {
        return false;
    }

    /** For side-effect tools: one plain-English sentence saying what will happen, for the person to confirm. */
    default String confirmationSummary(JsonNode arguments) {
        return "Shall I go ahead?";
    }

    /** The summary in the language of the turn; English-only tools need not override it. */
    default String confirmationSummary(JsonNode arguments, Language language) {
        return confirmationSummary(arguments);
    }

    /**
     * Runs the tool.
     *
     * @throws ToolInputException when the arguments are wrong; its message goes back to the model as text
     */
    ToolOutput run(JsonNode arguments, ToolContext context);

    default String name() {
        return definition().name();
    }
}
