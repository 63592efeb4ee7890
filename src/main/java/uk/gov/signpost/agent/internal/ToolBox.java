package uk.gov.signpost.agent.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.agent.AgentTool;
import uk.gov.signpost.agent.FlowDefinition;
import uk.gov.signpost.agent.TurnSettings;
import uk.gov.signpost.model.Commands;
import uk.gov.signpost.model.ToolDefinition;

/** The tools a model is offered: the flow commands, then every tool the modules supply. */
@Component
class ToolBox {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, AgentTool> tools = new LinkedHashMap<>();
    private volatile List<ToolDefinition> cached = List.of();
    /** The flows the cached list was built for; null until the first call, so that no flows at all is built too. */
    private volatile @Nullable List<FlowDefinition> cachedFor;

    ToolBox(List<AgentTool> supplied) {
        for (AgentTool tool : supplied) {
            if (Commands.ALL.contains(tool.name()) || tools.put(tool.name(), tool) != null) {
                throw new IllegalStateException("Two tools, or a tool and a command, are named " + tool.name());
            }
        }
    }

    Optional<AgentTool> tool(String name) {
        return Optional.ofNullable(tools.get(name));
    }

    /** The same list every call (flows are fixed at start-up), so providers can cache it with the prompt. */
    List<ToolDefinition> definitions(List<FlowDefinition> flows) {
        if (cachedFor == null || !flows.equals(cachedFor)) {
            List<ToolDefinition> definitions = new ArrayList<>(commands(flows));
            tools.values().forEach(t -> definitions.add(t.definition()));
            cached = List.copyOf(definitions);
            cachedFor = List.copyOf(flows);
        }
        return cached;
    }

    /** The tools offered to a person whose cohort allows only some domain tools; flow commands always stay. */
    List<ToolDefinition> definitions(List<FlowDefinition> flows, TurnSettings settings) {
        List<ToolDefinition> all = definitions(flows);
        if (settings.tools() == null) {
            return all;
        }
        return all.stream()
                .filter(d -> !tools.containsKey(d.name()) || settings.allowsTool(d.name()))
                .toList();
    }

    private static List<ToolDefinition> commands(List<FlowDefinition> flows) {
        List<String> names = flows.stream().map(FlowDefinition::name).toList();
        return List.of(
                new ToolDefinition(Commands.START_FLOW,
                        "Start a guided flow when the person wants what it does. The flow asks its own questions.",
                        schema(Map.of("flow", Map.of("type", "string", "enum", names)), List.of("flow"))),
                new ToolDefinition(Commands.SET_SLOTS,
                        "Record facts the person has stated, or correct one. Use the flow's slot names, or fact"
                                + " names such as age, nation, hours_per_week, children_ages.",
                        schema(Map.of("slots", Map.of("type", "object")), List.of("slots"))),
                new ToolDefinition(Commands.CANCEL_FLOW, "Stop the flow in progress when the person asks to.",
                        schema(Map.of(), List.of())),
                new ToolDefinition(Commands.CONFIRM,
                        "The person said yes to the action they were asked to confirm.", schema(Map.of(), List.of())),
                new ToolDefinition(Commands.DECLINE,
                        "The person said no to the action they were asked to confirm.", schema(Map.of(), List.of())),
                new ToolDefinition(Commands.HANDOFF,
                        "Offer to pass the conversation to a human adviser: when the person asks, is in crisis,"
                                + " complains, or the case is too complex.",
                        schema(Map.of("reason", Map.of("type", "string", "enum",
                                List.of("person_asked", "crisis", "complaint", "complex", "repeated_failure"))),
                                List.of("reason"))),
                new ToolDefinition(Commands.RECOMMEND_SERVICES,
                        "Show the person cards for services that can help, by catalogue key.",
                        schema(Map.of("services", Map.of("type", "array", "items", Map.of("type", "string")),
                                "topic", Map.of("type", "string")), List.of("services"))));
    }

    static String schema(Map<String, Object> properties, List<String> required) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        schema.put("required", required);
        return JSON.writeValueAsString(schema);
    }
}
