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
     * For side-effect tools: settles the arguments the person is about to confirm. A tool that chooses something
     * for the person (the earliest free time, say) chooses it here, so that what they confirm and what runs after
     * their "yes" are the same thing. It must change nothing outside the conversation. The default keeps the
     * arguments as they are.
     *
     * @throws ToolInputException when there is nothing to offer; its message goes back to the model as text
     */
    default JsonNode settle(JsonNode arguments, ToolContext context) {
        return arguments;
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
