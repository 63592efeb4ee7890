package uk.gov.signpost.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.gov.signpost.agent.AgentTool;
import uk.gov.signpost.agent.ToolContext;
import uk.gov.signpost.agent.ToolOutput;
import uk.gov.signpost.agent.TurnSettings;
import uk.gov.signpost.model.Commands;
import uk.gov.signpost.model.ToolDefinition;

class ToolBoxSettingsTest {

    private final ToolBox toolBox = new ToolBox(List.of(tool("search_jobs"), tool("check_benefits")));

    @Test
    void given_a_cohort_with_an_allow_list_then_the_model_is_offered_only_those_tools_and_every_command() {
        TurnSettings onlyJobs = new TurnSettings("jobs_only", false, Set.of("search_jobs"), true);
        List<String> offered = toolBox.definitions(List.of(), onlyJobs).stream().map(ToolDefinition::name).toList();
        assertThat(offered).contains("search_jobs").doesNotContain("check_benefits");
        assertThat(offered).containsAll(List.of(Commands.START_FLOW, Commands.HANDOFF, Commands.RECOMMEND_SERVICES));
    }

    @Test
    void given_no_allow_list_then_every_tool_is_offered() {
        List<String> offered = toolBox.definitions(List.of(), TurnSettings.ALL_ON).stream()
                .map(ToolDefinition::name).toList();
        assertThat(offered).contains("search_jobs", "check_benefits");
    }

    private static AgentTool tool(String name) {
        return new AgentTool() {
            @Override
            public ToolDefinition definition() {
                return new ToolDefinition(name, "A tool for tests", "{\"type\":\"object\"}");
            }

            @Override
            public ToolOutput run(JsonNode arguments, ToolContext context) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
