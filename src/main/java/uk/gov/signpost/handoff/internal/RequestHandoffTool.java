package uk.gov.signpost.handoff.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.agent.AgentTool;
import uk.gov.signpost.agent.ToolContext;
import uk.gov.signpost.agent.ToolOutput;
import uk.gov.signpost.agent.Wording;
import uk.gov.signpost.handoff.Availability;
import uk.gov.signpost.handoff.Handoff;
import uk.gov.signpost.model.Language;
import uk.gov.signpost.model.ToolDefinition;

/**
 * Asks for a human adviser to take over the conversation. It shares the conversation with staff, so it has
 * side effects: it runs only after the person has confirmed, and that "yes" is their consent for the adviser to
 * read the conversation so far (the question says so). The person is told honestly whether anyone can reply soon,
 * and whom to call if not.
 */
@Component
class RequestHandoffTool implements AgentTool {

    private static final Set<String> REASONS = Set.of("person_asked", "crisis", "complaint", "complex",
            "repeated_failure");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OpenHandoffs handoffs;
    private final AdviserPresence presence;
    private final Wording wording;

    RequestHandoffTool(OpenHandoffs handoffs, AdviserPresence presence, Wording wording) {
        this.handoffs = handoffs;
        this.presence = presence;
        this.wording = wording;
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("request_handoff",
                "Ask for a human adviser to take over this conversation. The person must confirm first.",
                "{\"type\":\"object\",\"properties\":{\"reason\":{\"type\":\"string\",\"enum\":"
                        + JSON.writeValueAsString(REASONS.stream().sorted().toList()) + "}},\"required\":[\"reason\"]}");
    }

    @Override
    public boolean sideEffect() {
        return true;
    }

    @Override
    public String confirmationSummary(JsonNode arguments) {
        return confirmationSummary(arguments, Language.ENGLISH);
    }

    @Override
    public String confirmationSummary(JsonNode arguments, Language language) {
        return wording.text("tool.handoff.confirm", language);
    }

    @Override
    public ToolOutput run(JsonNode arguments, ToolContext context) {
        String reason = arguments.path("reason").asString("person_asked");
        if (!REASONS.contains(reason)) {
            reason = "person_asked";
        }
        Handoff handoff = handoffs.open(context.conversationId(), reason,
                "person_asked".equals(reason) ? "person" : "assistant", true, context.owner());
        Availability availability = presence.now();
        String say = wording.text(availability == Availability.AVAILABLE ? "tool.handoff.asked"
                : "tool.handoff.askedNobody", context.language());
        return new ToolOutput(JSON.writeValueAsString(Map.of("status", handoff.status().dbValue(), "handoff_id",
                handoff.id().toString(), "adviser_available", availability == Availability.AVAILABLE)),
                List.of(), say, List.of());
    }
}
