package uk.gov.signpost.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import uk.gov.signpost.conversation.Conversation;
import uk.gov.signpost.conversation.Conversations;
import uk.gov.signpost.conversation.MessageText;
import uk.gov.signpost.conversation.OwnerId;
import uk.gov.signpost.model.Commands;
import uk.gov.signpost.model.LanguageModel;
import uk.gov.signpost.model.ModelRequest;
import uk.gov.signpost.model.ModelResponse;
import uk.gov.signpost.model.TokenSink;
import uk.gov.signpost.model.ToolCall;
import uk.gov.signpost.model.ToolDefinition;
import uk.gov.signpost.model.Usage;
import uk.gov.signpost.support.SignpostIntegrationTest;

/**
 * Property: whatever a model asks for, in whatever order, a side-effect tool never runs without a recorded
 * confirmation that the person gave, and one "yes" never runs it twice. A seeded random model fires random
 * command sequences (confirm, decline, direct calls to side-effect tools, handoffs, flows, malformed and unknown
 * calls) at real conversations; the seeds make every run repeatable.
 */
@SignpostIntegrationTest(properties = {"signpost.model.provider=scripted", "signpost.agent.max-steps-per-turn=3"})
class ConfirmationPropertyIT {

    private static final int SEEDS = 12;
    private static final int TURNS = 25;

    @Autowired
    ConversationTurns turns;

    @Autowired
    Conversations conversations;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RecordingSideEffectTool plan;

    @Autowired
    RandomCommandModel model;

    @Test
    void a_side_effect_tool_never_runs_without_a_recorded_confirmation() {
        for (int seed = 1; seed <= SEEDS; seed++) {
            model.reseed(seed);
            OwnerId owner = new OwnerId(UUID.randomUUID());
            Conversation conversation = conversations.start(owner);
            for (int turn = 0; turn < TURNS; turn++) {
                turns.take(new TurnCommand(conversation.id(), owner, new MessageText("turn " + turn)),
                        TurnListener.NONE);
            }
        }

        List<Map<String, Object>> executed = jdbc.sql("select conversation_id, tool, answer, answered_at, executed_at"
                + " from confirmation where executed_at is not null").query().listOfRows();
        assertThat(plan.runs).as("the random model must actually reach confirmed actions").isNotEmpty();
        assertThat(executed).allSatisfy(row -> {
            assertThat(row.get("answer")).isEqualTo("confirmed");
            assertThat(((java.sql.Timestamp) row.get("answered_at")).toInstant())
                    .isBeforeOrEqualTo(((java.sql.Timestamp) row.get("executed_at")).toInstant());
        });
        long planExecutions = executed.stream().filter(r -> r.get("tool").equals("save_action_plan")).count();
        assertThat(plan.runs).hasSize((int) planExecutions);
        for (UUID conversationId : plan.runs) {
            assertThat(executed).anySatisfy(row -> {
                assertThat(row.get("conversation_id")).isEqualTo(conversationId);
                assertThat(row.get("tool")).isEqualTo("save_action_plan");
            });
        }
        // Guardrails (repeated failure) may open a handoff without asking, but only a confirmed request_handoff
        // shares the conversation; a second confirmed request in a conversation joins the handoff already open.
        int shared = jdbc.sql("select count(distinct conversation_id) from handoff_request where transcript_consent")
                .query(Integer.class).single();
        long handoffConversations = executed.stream().filter(r -> r.get("tool").equals("request_handoff"))
                .map(r -> r.get("conversation_id")).distinct().count();
        assertThat((long) shared).isEqualTo(handoffConversations);
        int neverAnswered = jdbc.sql("select count(*) from confirmation where answer <> 'confirmed'"
                + " and executed_at is not null").query(Integer.class).single();
        assertThat(neverAnswered).isZero();
    }

    @TestConfiguration
    static class Fakes {

        @Bean
        RandomCommandModel randomCommandModel() {
            return new RandomCommandModel();
        }

        @Bean
        RecordingSideEffectTool recordingSideEffectTool() {
            return new RecordingSideEffectTool();
        }
    }

    /** Fires random commands and tool calls, with no regard for the dialogue state. */
    static final class RandomCommandModel implements LanguageModel {
        private Random random = new Random(1);

        void reseed(long seed) {
            random = new Random(seed);
        }

        @Override
        public String name() {
            return "scripted";
        }

        @Override
        public synchronized ModelResponse call(ModelRequest request, TokenSink sink) {
            int count = 1 + random.nextInt(3);
            List<ToolCall> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                calls.add(randomCall(i));
            }
            if (random.nextInt(5) == 0) {
                return new ModelResponse("Here is some text.", List.of(), Usage.NONE, name());
            }
            return new ModelResponse("", calls, Usage.NONE, name());
        }

        private ToolCall randomCall(int i) {
            String id = "call_" + i;
            switch (random.nextInt(11)) {
                case 0: return new ToolCall(id, Commands.CONFIRM, "{}");
                case 1: return new ToolCall(id, Commands.CONFIRM, "{}");
                case 2: return new ToolCall(id, Commands.DECLINE, "{}");
                case 3: return new ToolCall(id, "save_action_plan", "{\"goal\":\"find work\"}");
                case 4: return new ToolCall(id, Commands.HANDOFF, "{\"reason\":\"person_asked\"}");
                case 5: return new ToolCall(id, "request_handoff", "{\"reason\":\"complex\"}");
                case 6: return new ToolCall(id, Commands.START_FLOW, "{\"flow\":\"check_support\"}");
                case 7: return new ToolCall(id, Commands.SET_SLOTS, "{\"slots\":{\"nation\":\"wales\",\"age\":40}}");
                case 8: return new ToolCall(id, Commands.CANCEL_FLOW, "{}");
                case 9: return new ToolCall(id, "save_action_plan", "{not json");
                default: return new ToolCall(id, "no_such_tool", "{}");
            }
        }
    }

    /** A side-effect tool that records every run, to compare with the confirmations. */
    static final class RecordingSideEffectTool implements AgentTool {
        final List<UUID> runs = new CopyOnWriteArrayList<>();

        @Override
        public ToolDefinition definition() {
            return new ToolDefinition("save_action_plan", "Save the person's action plan.",
                    "{\"type\":\"object\",\"properties\":{\"goal\":{\"type\":\"string\"}}}");
        }

        @Override
        public boolean sideEffect() {
            return true;
        }

        @Override
        public ToolOutput run(JsonNode arguments, ToolContext context) {
            runs.add(context.conversationId().value());
            return new ToolOutput("{\"saved\":true}", List.of(), "I have saved your plan.", List.of());
        }
    }
}
