package uk.gov.signpost.model.internal.remote;

import java.util.ArrayList;
import java.util.List;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.messages.Message;
import org.springframework.ai.chat.messages.SystemMessage;
import org.springframework.ai.chat.messages.ToolResponseMessage;
import org.springframework.ai.chat.messages.UserMessage;
import org.springframework.ai.tool.ToolCallback;
import org.springframework.ai.tool.definition.DefaultToolDefinition;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.model.ModelMessage;
import uk.gov.signpost.model.ModelRequest;
import uk.gov.signpost.model.ToolCall;
import uk.gov.signpost.model.ToolDefinition;
import uk.gov.signpost.model.ToolResult;

/** Our request in Spring AI's terms: the system prompt first, then the conversation, and the tools declared. */
public final class SpringAiPrompts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SpringAiPrompts() {}

    /** The system prompt, then each message in order. */
    public static List<Message> messages(ModelRequest request) {
        List<Message> messages = new ArrayList<>();
        messages.add(new SystemMessage(request.system()));
        for (ModelMessage message : request.messages()) {
            messages.add(toSpringAi(message));
        }
        return messages;
    }

    /** The tools as Spring AI callbacks that only describe them: our turn loop runs the tools, never Spring AI. */
    public static List<ToolCallback> tools(List<ToolDefinition> tools) {
        return tools.stream().<ToolCallback>map(DeclaredTool::new).toList();
    }

    private static Message toSpringAi(ModelMessage message) {
        if (message instanceof ModelMessage.Person person) {
            return new UserMessage(person.text());
        }
        if (message instanceof ModelMessage.Assistant assistant) {
            return AssistantMessage.builder()
                    .content(assistant.text())
                    .toolCalls(assistant.toolCalls().stream().map(SpringAiPrompts::toSpringAi).toList())
                    .build();
        }
        ModelMessage.ToolResults results = (ModelMessage.ToolResults) message;
        return ToolResponseMessage.builder()
                .responses(results.results().stream().map(SpringAiPrompts::toSpringAi).toList())
                .build();
    }

    private static AssistantMessage.ToolCall toSpringAi(ToolCall call) {
        return new AssistantMessage.ToolCall(call.id(), "function", call.name(), replayable(call.arguments()));
    }

    /**
     * The arguments of an earlier call as they can be sent back: malformed ones (which the turn loop has already
     * answered with an error) become an empty object. Providers want an object there, and Spring AI would
     * otherwise log the malformed text, which may hold what the person wrote.
     */
    static String replayable(String arguments) {
        try {
            return JSON.readTree(arguments).isObject() ? arguments : "{}";
        } catch (RuntimeException malformed) {
            return "{}";
        }
    }

    private static ToolResponseMessage.ToolResponse toSpringAi(ToolResult result) {
        return new ToolResponseMessage.ToolResponse(result.callId(), result.name(), result.content());
    }

    /** A tool the model may ask for. Spring AI reads its definition; nothing may call it. */
    private static final class DeclaredTool implements ToolCallback {

        private final org.springframework.ai.tool.definition.ToolDefinition definition;

        DeclaredTool(ToolDefinition tool) {
            this.definition = new DefaultToolDefinition(tool.name(), tool.description(), tool.inputSchema());
        }

        @Override
        public org.springframework.ai.tool.definition.ToolDefinition getToolDefinition() {
            return definition;
        }

        @Override
        public String call(String toolInput) {
            throw new IllegalStateException("Signpost's turn loop runs tools; Spring AI must return tool calls"
                    + " instead of running " + definition.name());
        }
    }
}
