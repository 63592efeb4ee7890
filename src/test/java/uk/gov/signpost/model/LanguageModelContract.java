package uk.gov.signpost.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every adapter behind {@link LanguageModel} must do, whoever provides the model. Each adapter has one
 * subclass: the remote ones run against a local fake server that speaks the provider's real HTTP protocol (the
 * fixtures under {@code src/test/resources/fakes}); offline mode answers from the person's words, so its subclass
 * gives it intents that lead to the same answers. Cases that cannot apply to an adapter are skipped, with the
 * reason.
 */
public abstract class LanguageModelContract {

    /** The texts that the fixtures and the offline test intents share, so that every adapter is held to them. */
    public static final String PLAIN_REPLY = "Jobcentre Plus can help you find work near you.";
    public static final String STREAMED_REPLY = "Training can help you change jobs. A work coach can tell you what"
            + " courses are free where you live.";
    public static final String AFTER_TOOL = "I can check what support you might get. First, how old are you?";
    public static final String FLOW = "check_support";
    public static final String NATION = "wales";
    /** Tool arguments cut off part way, as a model writes them when it runs out of tokens. */
    public static final String MALFORMED_ARGUMENTS = "{\"slots\": {\"age\": 34";

    /** What the provider (or, offline, the person's words) leads to. */
    public enum Scenario {
        /** A text answer and nothing else to do. */
        PLAIN_REPLY("I need a job"),
        /** A longer text answer, in several pieces. */
        STREAMED_REPLY("Is there any training I could do?"),
        /** One tool call: start the support check. */
        ONE_TOOL_CALL("I want to check my support"),
        /** Two tool calls in one answer: start the support check and fill in the nation. */
        TWO_TOOL_CALLS("I want to check my support, I live in Wales"),
        /** A tool call whose arguments are not valid JSON. */
        MALFORMED_TOOL_CALL("I am 34"),
        /** A text answer written from the results of the tools called before. */
        ANSWER_AFTER_TOOL(""),
        /** A text answer whose prompt was read from the provider's cache. */
        CACHE_READ("I need a job"),
        /** No answer at all: the provider accepts the request and then says nothing. */
        HANG("I need a job"),
        /** An answer that starts streaming and then stops part way. */
        STALLED_STREAM("Is there any training I could do?");

        private final String personSays;

        Scenario(String personSays) {
            this.personSays = personSays;
        }

        public String personSays() {
            return personSays;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The adapter under test. */
    protected abstract LanguageModel model();

    /** Arranges what the provider answers next. Offline mode has no provider: it answers the person's words. */
    protected abstract void given(Scenario scenario);

    /** Arranges for the provider to fail with this HTTP status and its own error body. */
    protected abstract void givenProviderFails(int status);

    /** Checks that the provider received these results, answering the tool calls of its previous answer. */
    protected abstract void assertProviderReceived(List<ToolResult> results);

    /** Whether the adapter talks to a provider over the network; offline mode does not. */
    protected abstract boolean remote();

    @Test
    void a_plain_reply_comes_back_whole_when_nobody_is_listening() {
        given(Scenario.PLAIN_REPLY);

        ModelResponse response = model().call(request(Scenario.PLAIN_REPLY), TokenSink.IGNORE);

        assertThat(response.text()).isEqualTo(PLAIN_REPLY);
        assertThat(response.model()).isEqualTo(model().name());
        assertThat(response.toolCalls()).allSatisfy(call -> assertThat(TOOL_NAMES).contains(call.name()));
    }

    @Test
    void a_streamed_reply_reaches_the_sink_in_order_piece_by_piece() {
        given(Scenario.STREAMED_REPLY);
        List<String> pieces = Collections.synchronizedList(new ArrayList<>());

        ModelResponse response = model().call(request(Scenario.STREAMED_REPLY), pieces::add);

        assertThat(pieces).hasSizeGreaterThan(1);
        assertThat(String.join("", pieces)).isEqualTo(response.text()).isEqualTo(STREAMED_REPLY);
        if (remote()) {
            assertThat(response.usage().outputTokens()).isPositive();
        }
    }

    @Test
    void a_tool_call_comes_back_for_the_turn_loop_to_run() {
        given(Scenario.ONE_TOOL_CALL);

        ModelResponse response = model().call(request(Scenario.ONE_TOOL_CALL), new ArrayList<String>()::add);

        assertThat(response.toolCalls()).singleElement().satisfies(call -> {
            assertThat(call.id()).isNotBlank();
            assertThat(call.name()).isEqualTo(Commands.START_FLOW);
            assertThat(json(call.arguments())).isEqualTo(json("{\"flow\": \"" + FLOW + "\"}"));
        });
    }

    @Test
    void a_tool_result_goes_back_and_the_model_answers_from_it() {
        given(Scenario.ONE_TOOL_CALL);
        ModelRequest first = request(Scenario.ONE_TOOL_CALL);
        ModelResponse called = model().call(first, new ArrayList<String>()::add);
        ToolCall call = called.toolCalls().get(0);
        List<ToolResult> results = List.of(new ToolResult(call.id(), call.name(), say(AFTER_TOOL), false));

        given(Scenario.ANSWER_AFTER_TOOL);
        ModelResponse answer = model().call(followUp(first, called, results), new ArrayList<String>()::add);

        assertThat(answer.text()).isEqualTo(AFTER_TOOL);
        assertThat(answer.toolCalls()).isEmpty();
        assertProviderReceived(results);
    }

    @Test
    void two_tool_calls_in_one_answer_come_back_in_order_and_both_results_go_back() {
        given(Scenario.TWO_TOOL_CALLS);
        ModelRequest first = request(Scenario.TWO_TOOL_CALLS);

        ModelResponse called = model().call(first, new ArrayList<String>()::add);

        assertThat(called.toolCalls()).extracting(ToolCall::name)
                .containsExactly(Commands.START_FLOW, Commands.SET_SLOTS);
        assertThat(called.toolCalls()).extracting(ToolCall::id).doesNotHaveDuplicates().allSatisfy(
                id -> assertThat(id).isNotBlank());
        assertThat(json(called.toolCalls().get(0).arguments())).isEqualTo(json("{\"flow\": \"" + FLOW + "\"}"));
        assertThat(json(called.toolCalls().get(1).arguments()))
                .isEqualTo(json("{\"slots\": {\"nation\": \"" + NATION + "\"}}"));

        List<ToolResult> results = List.of(
                new ToolResult(called.toolCalls().get(0).id(), Commands.START_FLOW, say(AFTER_TOOL), false),
                new ToolResult(called.toolCalls().get(1).id(), Commands.SET_SLOTS, say(""), false));
        given(Scenario.ANSWER_AFTER_TOOL);
        ModelResponse answer = model().call(followUp(first, called, results), new ArrayList<String>()::add);

        assertThat(answer.text()).isEqualTo(AFTER_TOOL);
        assertProviderReceived(results);
    }

    @Test
    void a_malformed_tool_call_is_passed_on_as_written_and_its_error_goes_back() {
        assumeTrue(remote(), "offline mode writes its arguments with a JSON writer, so they are never malformed");
        given(Scenario.MALFORMED_TOOL_CALL);
        ModelRequest first = request(Scenario.MALFORMED_TOOL_CALL);

        ModelResponse called = model().call(first, new ArrayList<String>()::add);

        assertThat(called.toolCalls()).singleElement().satisfies(call -> {
            assertThat(call.name()).isEqualTo(Commands.SET_SLOTS);
            assertThat(call.arguments()).isEqualTo(MALFORMED_ARGUMENTS);
        });
        // The turn loop answers a malformed call with an error the model can correct itself from.
        ToolCall call = called.toolCalls().get(0);
        List<ToolResult> results = List.of(new ToolResult(call.id(), call.name(),
                "The arguments were not a JSON object. Call set_slots again.", true));
        given(Scenario.ANSWER_AFTER_TOOL);
        ModelResponse answer = model().call(followUp(first, called, results), new ArrayList<String>()::add);

        assertThat(answer.text()).isEqualTo(AFTER_TOOL);
        assertProviderReceived(results);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {429, 500, 529})
    void a_provider_that_is_busy_or_broken_is_a_retriable_failure(int status) {
        assumeTrue(remote(), "offline mode calls no provider, so it has no provider errors");
        givenProviderFails(status);

        assertThatThrownBy(() -> model().call(request(Scenario.PLAIN_REPLY), new ArrayList<String>()::add))
                .isInstanceOf(RetriableModelException.class)
                .hasMessageContaining(String.valueOf(status));
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {400, 401, 403, 404})
    void a_provider_that_refuses_the_request_is_a_non_retriable_failure(int status) {
        assumeTrue(remote(), "offline mode calls no provider, so it has no provider errors");
        givenProviderFails(status);

        assertThatThrownBy(() -> model().call(request(Scenario.PLAIN_REPLY), TokenSink.IGNORE))
                .isInstanceOf(NonRetriableModelException.class)
                .hasMessageContaining(String.valueOf(status));
    }

    @Test
    void a_provider_that_never_answers_is_a_retriable_failure_once_the_timeout_passes() {
        assumeTrue(remote(), "offline mode waits on no one, so it cannot time out");
        given(Scenario.HANG);

        assertThatThrownBy(() -> model().call(request(Scenario.HANG), new ArrayList<String>()::add))
                .isInstanceOf(RetriableModelException.class);
    }

    @Test
    void a_stream_that_stops_part_way_is_a_retriable_failure_after_the_pieces_already_sent() {
        assumeTrue(remote(), "offline mode waits on no one, so its stream cannot stall");
        given(Scenario.STALLED_STREAM);
        List<String> pieces = Collections.synchronizedList(new ArrayList<>());

        assertThatThrownBy(() -> model().call(request(Scenario.STALLED_STREAM), pieces::add))
                .isInstanceOf(RetriableModelException.class);
        assertThat(pieces).isNotEmpty();
        assertThat(STREAMED_REPLY).startsWith(String.join("", pieces));
    }

    @Test
    void prompt_tokens_read_from_the_cache_are_counted_apart_from_the_others() {
        assumeTrue(remote(), "offline mode uses no tokens, so it has no prompt cache to account for");
        given(Scenario.CACHE_READ);

        ModelResponse response = model().call(request(Scenario.CACHE_READ), new ArrayList<String>()::add);

        assertThat(response.usage()).isEqualTo(new Usage(12, 30, 1800, 0));
        assertThat(response.usage().promptTokens()).isEqualTo(1812);
    }

    /** The tools Signpost offers every model: the flow commands, with their JSON schemas. */
    public static final List<ToolDefinition> TOOLS = List.of(
            new ToolDefinition(Commands.START_FLOW, "Start a guided flow.",
                    "{\"type\":\"object\",\"properties\":{\"flow\":{\"type\":\"string\",\"enum\":[\"" + FLOW
                            + "\"]}},\"required\":[\"flow\"]}"),
            new ToolDefinition(Commands.SET_SLOTS, "Set or correct facts the person has given.",
                    "{\"type\":\"object\",\"properties\":{\"slots\":{\"type\":\"object\"}},\"required\":[\"slots\"]}"),
            new ToolDefinition(Commands.RECOMMEND_SERVICES, "Point the person to services.",
                    "{\"type\":\"object\",\"properties\":{\"services\":{\"type\":\"array\",\"items\":"
                            + "{\"type\":\"string\"}},\"topic\":{\"type\":\"string\"}},\"required\":[\"services\"]}"));

    private static final Set<String> TOOL_NAMES =
            TOOLS.stream().map(ToolDefinition::name).collect(Collectors.toUnmodifiableSet());

    public static final String SYSTEM_PROMPT = "You are Signpost, an assistant for UK public employment services."
            + " Use the tools to start flows and point people to services.";

    /** A first request in a scenario: the system prompt, the person's message and the tools. */
    public static ModelRequest request(Scenario scenario) {
        return new ModelRequest(SYSTEM_PROMPT, List.of(new ModelMessage.Person(scenario.personSays())), TOOLS,
                new DialogueContext(null, null, false, List.of(FLOW)), 1024);
    }

    /** The next request of the turn: what was asked, what the model answered, and what its tools returned. */
    public static ModelRequest followUp(ModelRequest first, ModelResponse called, List<ToolResult> results) {
        List<ModelMessage> messages = new ArrayList<>(first.messages());
        messages.add(new ModelMessage.Assistant(called.text(), called.toolCalls()));
        messages.add(new ModelMessage.ToolResults(results));
        return new ModelRequest(first.system(), messages, first.tools(), first.context(), first.maxOutputTokens());
    }

    /** A tool result in the shape the flow engine writes: what to say, as JSON. */
    private static String say(String text) {
        return JSON.writeValueAsString(java.util.Map.of("say", text));
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
