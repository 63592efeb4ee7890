package uk.gov.signpost.operations.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.agent.AgentTool;
import uk.gov.signpost.agent.ToolContext;
import uk.gov.signpost.agent.ToolOutput;
import uk.gov.signpost.agent.Wording;
import uk.gov.signpost.model.Language;
import uk.gov.signpost.model.ToolDefinition;

/**
 * Asks for a human adviser to take over the conversation. It shares the conversation with staff, so it has
 * side effects: it runs only after the person has confirmed. The staff console that works the queue comes
 * with the human-handoff feature; until then the request is recorded and the person is told honestly how to
 * reach an adviser now.
 */
@Component
class RequestHandoffTool implements AgentTool {

    private static final Set<String> REASONS = Set.of("person_asked", "crisis", "complaint", "complex",
            "repeated_failure");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Wording wording;

    RequestHandoffTool(JdbcClient jdbc, Clock clock, Wording wording) {
        this.jdbc = jdbc;
        this.clock = clock;
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
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into handoff_request (id, conversation_id, reason, status, created_at) values (?, ?, ?, ?, ?)")
                .params(id, context.conversationId().value(), reason, "waiting", Timestamp.from(clock.instant()))
                .update();
        String say = wording.text("tool.handoff.asked", context.language());
        return new ToolOutput(JSON.writeValueAsString(Map.of("status", "waiting", "handoff_id", id.toString())),
                List.of(), say, List.of());
    }
}
