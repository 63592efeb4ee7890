package uk.gov.signpost.model.internal.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.gov.signpost.model.LanguageModelContract.PLAIN_REPLY;
import static uk.gov.signpost.model.LanguageModelContract.SYSTEM_PROMPT;
import static uk.gov.signpost.model.LanguageModelContract.TOOLS;
import static uk.gov.signpost.model.LanguageModelContract.request;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.model.LanguageModelContract.Scenario;
import uk.gov.signpost.model.ModelResponse;
import uk.gov.signpost.model.NonRetriableModelException;
import uk.gov.signpost.model.RetriableModelException;
import uk.gov.signpost.model.TokenSink;
import uk.gov.signpost.model.ToolCall;
import uk.gov.signpost.model.Usage;
import uk.gov.signpost.model.fakes.FakeAnthropic;

/** What only Claude does: prompt caching, cache writes, the SDK's retries, Anthropic's error events. */
class AnthropicLanguageModelTest {

    private static final String KEY = AnthropicContractTest.KEY;
    private static final String MODEL = AnthropicContractTest.MODEL;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FakeAnthropic claude = FakeAnthropic.start(KEY, MODEL);
    private final List<AnthropicLanguageModel> opened = new ArrayList<>();

    @AfterEach
    void close() {
        List<String> violations = claude.violations();
        opened.forEach(AnthropicLanguageModel::close);
        claude.close();
        assertThat(violations).isEmpty();
    }

    @Test
    void every_request_caches_the_system_prompt_and_the_tool_list_and_sends_each_tool_schema() {
        claude.then(claude.sse("streamed-reply.sse"));

        claude(0).call(request(Scenario.STREAMED_REPLY), new ArrayList<String>()::add);

        FakeAnthropic.Received sent = claude.lastRequest();
        assertThat(sent.header("x-api-key")).isEqualTo(KEY);
        assertThat(sent.header("anthropic-version")).isEqualTo(FakeAnthropic.API_VERSION);
        JsonNode body = sent.json();
        assertThat(body.path("model").asString()).isEqualTo(MODEL);
        assertThat(body.path("max_tokens").asInt()).isEqualTo(1024);
        assertThat(body.path("stream").asBoolean()).isTrue();
        assertThat(body.path("system")).singleElement().satisfies(block -> {
            assertThat(block.path("text").asString()).isEqualTo(SYSTEM_PROMPT);
            assertThat(block.path("cache_control").path("type").asString()).isEqualTo("ephemeral");
        });
        JsonNode tools = body.path("tools");
        assertThat(tools).hasSize(TOOLS.size());
        for (int i = 0; i < TOOLS.size(); i++) {
            JsonNode schema = JSON.readTree(TOOLS.get(i).inputSchema());
            assertThat(tools.get(i).path("name").asString()).isEqualTo(TOOLS.get(i).name());
            assertThat(tools.get(i).path("description").asString()).isEqualTo(TOOLS.get(i).description());
            assertThat(tools.get(i).path("input_schema").path("type").asString()).isEqualTo("object");
            assertThat(tools.get(i).path("input_schema").path("properties")).isEqualTo(schema.path("properties"));
            assertThat(tools.get(i).path("input_schema").path("required")).isEqualTo(schema.path("required"));
            assertThat(tools.get(i).has("cache_control")).as("only the last tool is a breakpoint")
                    .isEqualTo(i == TOOLS.size() - 1);
        }
        assertThat(body.path("messages")).singleElement().satisfies(message -> {
            assertThat(message.path("role").asString()).isEqualTo("user");
            assertThat(message.path("content").asString()).isEqualTo(Scenario.STREAMED_REPLY.personSays());
        });
    }

    @Test
    void a_first_call_counts_the_prompt_tokens_it_writes_to_the_cache() {
        claude.then(claude.sse("cache-write.sse"));

        ModelResponse response = claude(0).call(request(Scenario.PLAIN_REPLY), new ArrayList<String>()::add);

        assertThat(response.usage()).isEqualTo(new Usage(12, 30, 0, 1800));
    }

    @Test
    void an_answer_that_is_not_streamed_counts_its_cache_reads_too() {
        claude.then(claude.json("plain-reply.json"));

        ModelResponse response = claude(0).call(request(Scenario.PLAIN_REPLY), TokenSink.IGNORE);

        assertThat(response.usage()).isEqualTo(new Usage(96, 14, 1800, 0));
        assertThat(claude.lastRequest().json().has("stream")).isFalse();
    }

    @Test
    void a_tool_use_block_in_an_answer_that_is_not_streamed_comes_back_with_its_text() {
        claude.then(claude.json("one-tool-call.json"));

        ModelResponse response = claude(0).call(request(Scenario.ONE_TOOL_CALL), TokenSink.IGNORE);

        assertThat(response.text()).isEqualTo("I'll start the support check.");
        assertThat(response.toolCalls()).containsExactly(
                new ToolCall("toolu_01StartFlowJsonFake", "start_flow", "{\"flow\":\"check_support\"}"));
    }

    @Test
    void spring_ai_hands_the_tool_calls_back_without_running_them_or_calling_again() {
        claude.given(Scenario.ONE_TOOL_CALL);

        ModelResponse response = claude(0).call(request(Scenario.ONE_TOOL_CALL), new ArrayList<String>()::add);

        assertThat(response.toolCalls()).hasSize(1);
        assertThat(claude.requests()).hasSize(1);
    }

    @Test
    void an_overloaded_answer_is_retried_and_the_retry_answers() {
        claude.then(claude.error(529).withHeader("retry-after", "0")).then(claude.json("plain-reply.json"));

        ModelResponse response = claude(1).call(request(Scenario.PLAIN_REPLY), TokenSink.IGNORE);

        assertThat(response.text()).isEqualTo(PLAIN_REPLY);
        assertThat(claude.requests()).hasSize(2);
    }

    @Test
    void a_rate_limit_that_outlasts_the_retries_is_retriable() {
        claude.always(claude.error(429).withHeader("retry-after", "0"));

        assertThatThrownBy(() -> claude(1).call(request(Scenario.PLAIN_REPLY), new ArrayList<String>()::add))
                .isInstanceOf(RetriableModelException.class)
                .hasMessageContaining("429");
        assertThat(claude.requests()).hasSize(2);
    }

    @Test
    void a_refused_request_is_not_retried_and_the_failure_does_not_repeat_what_the_person_wrote() {
        claude.always(claude.error(400));

        assertThatThrownBy(() -> claude(2).call(request(Scenario.PLAIN_REPLY), TokenSink.IGNORE))
                .isInstanceOf(NonRetriableModelException.class)
                .hasMessage(MODEL + " answered 400");
        assertThat(claude.requests()).hasSize(1);
    }

    @Test
    void a_wrong_key_is_refused_and_not_worth_retrying() {
        AnthropicLanguageModel wrongKey = open(new AnthropicLanguageModel(
                new AnthropicProperties("sk-ant-wrong", claude.baseUrl(), MODEL, AnthropicContractTest.TIMEOUT, 2)));

        assertThatThrownBy(() -> wrongKey.call(request(Scenario.PLAIN_REPLY), TokenSink.IGNORE))
                .isInstanceOf(NonRetriableModelException.class)
                .hasMessageContaining("401");
        assertThat(claude.requests()).hasSize(1);
    }

    @Test
    void a_stream_that_breaks_off_with_an_overloaded_error_event_is_retriable() {
        claude.then(claude.sse("overloaded-mid-stream.sse"));
        List<String> pieces = new ArrayList<>();

        assertThatThrownBy(() -> claude(0).call(request(Scenario.STREAMED_REPLY), pieces::add))
                .isInstanceOf(RetriableModelException.class);
        // Whether the piece before the error reaches the sink depends on how the client batches the stream.
        assertThat(pieces).isSubsetOf("Training can help");
    }

    @Test
    void a_gateway_base_url_keeps_its_path() {
        AnthropicLanguageModel viaGateway = open(new AnthropicLanguageModel(new AnthropicProperties(KEY,
                claude.baseUrl() + "/gateway/anthropic", MODEL, AnthropicContractTest.TIMEOUT, 0)));
        claude.then(claude.json("plain-reply.json"));

        viaGateway.call(request(Scenario.PLAIN_REPLY), TokenSink.IGNORE);

        assertThat(claude.lastRequest().path()).isEqualTo("/gateway/anthropic/v1/messages");
    }

    @Test
    void a_listener_that_fails_stops_the_answer_and_its_own_failure_comes_out_unchanged() {
        claude.then(claude.sse("streamed-reply.sse"));
        IllegalStateException gone = new IllegalStateException("the browser went away");

        assertThatThrownBy(() -> claude(0).call(request(Scenario.STREAMED_REPLY), text -> {
            throw gone;
        })).isSameAs(gone);
    }

    private AnthropicLanguageModel claude(int maxRetries) {
        return open(new AnthropicLanguageModel(
                new AnthropicProperties(KEY, claude.baseUrl(), MODEL, AnthropicContractTest.TIMEOUT, maxRetries)));
    }

    private AnthropicLanguageModel open(AnthropicLanguageModel model) {
        opened.add(model);
        return model;
    }
}
