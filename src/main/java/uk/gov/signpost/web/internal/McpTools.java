package uk.gov.signpost.web.internal;

import java.util.List;
import java.util.UUID;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.ToolCallbackProvider;
import org.springframework.ai.tool.definition.DefaultToolDefinition;
import org.springframework.ai.tool.definition.ToolDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.agent.AgentTool;
import uk.gov.signpost.agent.ToolContext;
import uk.gov.signpost.agent.ToolInputException;
import uk.gov.signpost.agent.ToolOutput;
import uk.gov.signpost.conversation.ConversationId;
import uk.gov.signpost.conversation.OwnerId;

/**
 * Signpost's read-only tools over the Model Context Protocol at {@code /mcp}, so that other government agents
 * and assistants can search jobs, training and guidance, run the benefits check and use the calculators. Only
 * tools without side effects are offered: nothing an MCP client does can book, share or save anything.
 */
@Configuration(proxyBeanMethods = false)
class McpTools {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    ToolCallbackProvider signpostMcpTools(List<AgentTool> tools) {
        List<ToolCallback> callbacks = tools.stream()
                .filter(tool -> !tool.sideEffect())
                .map(McpTools::callback)
                .toList();
        return ToolCallbackProvider.from(callbacks);
    }

    private static ToolCallback callback(AgentTool tool) {
        ToolDefinition definition = DefaultToolDefinition.builder()
                .name(tool.name())
                .description(tool.definition().description())
                .inputSchema(tool.definition().inputSchema())
                .build();
        return new ToolCallback() {
            @Override
            public ToolDefinition getToolDefinition() {
                return definition;
            }

            @Override
            public String call(String toolInput) {
                JsonNode arguments;
                try {
                    arguments = JSON.readTree(toolInput == null || toolInput.isBlank() ? "{}" : toolInput);
                } catch (RuntimeException e) {
                    return error("The arguments were not valid JSON.");
                }
                // An MCP call has no conversation of its own: each runs in a fresh, anonymous context.
                ToolContext context = new ToolContext(ConversationId.random(), new OwnerId(UUID.randomUUID()),
                        List.of());
                try {
                    ToolOutput output = tool.run(arguments, context);
                    return output.content();
                } catch (ToolInputException e) {
                    return error(e.getMessage());
                }
            }
        };
    }

    private static String error(String message) {
        return JSON.writeValueAsString(java.util.Map.of("error", message));
    }
}
