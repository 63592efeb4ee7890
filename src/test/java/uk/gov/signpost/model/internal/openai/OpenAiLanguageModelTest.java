package uk.gov.signpost.model.internal.openai;

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
import uk.gov.signpost.model.fakes.FakeOpenAi;

/** What only the OpenAI-compatible adapter does: functions, the usage chunk, bearer keys or none, retries. */
class OpenAiLanguageModelTest {

    private static final String KEY = OpenAiContractTest.KEY;
    private static final String MODEL = OpenAiContractTest.MODEL;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<FakeOpenAi> servers = new ArrayList<>();
    private final List<OpenAiLanguageModel> opened = new ArrayList<>();
    private final FakeOpenAi server = serve(KEY);

    @AfterEach
    void close() {
        List<String> violations = new ArrayList<>();
        servers.forEach(s -> violations.addAll(s.violations()));
        opened.forEach(OpenAiLanguageModel::close);
        servers.forEach(FakeOpenAi::close);
        assertThat(violations).isEmpty();
    }

    @Test
    void every_request_sends_the_system_prompt_first_and_each_tool_as_a_function_with_its_schema() {
        server.then(server.sse("streamed-reply.sse"));

        model(server, KEY, 0).call(request(Scenario.STREAMED_REPLY), new ArrayList<String>()::add);

        FakeOpenAi.Received sent = server.lastRequest();
        assertThat(sent.header("authorization")).isEqualTo("Bearer " + KEY);
        JsonNode body = sent.json();
        assertThat(body.path("model").asString()).isEqualTo(MODEL);
        assertThat(body.path("max_completion_tokens").asInt()).isEqualTo(1024);
        assertThat(body.path("stream").asBoolean()).isTrue();
        assertThat(body.path("stream_options").path("include_usage").asBoolean()).isTrue();
        assertThat(body.path("messages").get(0).path("role").asString()).isEqualTo("system");
        assertThat(body.path("messages").get(0).path("content").asString()).isEqualTo(SYSTEM_PROMPT);
        assertThat(body.path("messages").get(1).path("content").asString())
                .isEqualTo(Scenario.STREAMED_REPLY.personSays());
        JsonNode tools = body.path("tools");
        assertThat(tools).hasSize(TOOLS.size());
        for (int i = 0; i < TOOLS.size(); i++) {
            JsonNode function = tools.get(i).path("function");
            assertThat(function.path("name").asString()).isEqualTo(TOOLS.get(i).name());
            assertThat(function.path("description").asString()).isEqualTo(TOOLS.get(i).description());
            assertThat(function.path("parameters")).isEqualTo(JSON.readTree(TOOLS.get(i).inputSchema()));
        }
    }

    @Test
    void with_no_key_no_authorization_header_is_sent_for_a_server_that_needs_none() {
        FakeOpenAi selfHosted = serve("");
        selfHosted.then(selfHosted.json("plain-reply.json"));

        ModelResponse response = model(selfHosted, "", 0).call(request(Scenario.PLAIN_REPLY), TokenSink.IGNORE);

        assertThat(response.text()).isEqualTo(PLAIN_REPLY);
        assertThat(selfHosted.lastRequest().header("authorization")).isNull();
    }

    @Test
    void cached_prompt_tokens_are_taken_out_of_the_prompt_tokens() {
        server.then(server.json("plain-reply.json"));

        ModelResponse response = model(server, KEY, 0).call(request(Scenario.PLAIN_REPLY), TokenSink.IGNORE);

        assertThat(response.usage()).isEqualTo(new Usage(104, 14, 1792, 0));
    }

    @Test
    void a_tool_call_in_an_answer_that_is_not_streamed_comes_back_as_written() {
        server.then(server.json("one-tool-call.json"));

        ModelResponse response = model(server, KEY, 0).call(request(Scenario.ONE_TOOL_CALL), TokenSink.IGNORE);

        assertThat(response.text()).isEmpty();
        assertThat(response.toolCalls()).containsExactly(
                new ToolCall("call_StartFlowJsonFake", "start_flow", "{\"flow\":\"check_support\"}"));
    }

    @Test
    void spring_ai_hands_the_tool_calls_back_without_running_them_or_calling_again() {
        server.given(Scenario.TWO_TOOL_CALLS);

        ModelResponse response = model(server, KEY, 0).call(request(Scenario.TWO_TOOL_CALLS),
                new ArrayList<String>()::add);

        assertThat(response.toolCalls()).hasSize(2);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void a_rate_limited_answer_is_retried_and_the_retry_answers() {
        server.then(server.error(429).withHeader("retry-after", "0")).then(server.sse("streamed-reply.sse"));

        ModelResponse response = model(server, KEY, 1).call(request(Scenario.STREAMED_REPLY),
                new ArrayList<String>()::add);

        assertThat(response.usage().outputTokens()).isEqualTo(24);
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void a_server_error_that_outlasts_the_retries_is_retriable_and_a_refusal_is_not_retried() {
        server.always(server.error(500).withHeader("retry-after", "0"));
        assertThatThrownBy(() -> model(server, KEY, 1).call(request(Scenario.PLAIN_REPLY), TokenSink.IGNORE))
                .isInstanceOf(RetriableModelException.class);
        assertThat(server.requests()).hasSize(2);

        server.reset();
        server.always(server.error(404));
        assertThatThrownBy(() -> model(server, KEY, 2).call(request(Scenario.PLAIN_REPLY), TokenSink.IGNORE))
                .isInstanceOf(NonRetriableModelException.class)
                .hasMessage(MODEL + " answered 404");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void a_stream_that_breaks_off_with_an_error_is_retriable() {
        server.then(server.sse("error-mid-stream.sse"));
        List<String> pieces = new ArrayList<>();

        assertThatThrownBy(() -> model(server, KEY, 0).call(request(Scenario.STREAMED_REPLY), pieces::add))
                .isInstanceOf(RetriableModelException.class);
        // Whether the piece before the error reaches the sink depends on how the client batches the stream.
        assertThat(pieces).isSubsetOf("Training can help");
    }

    private FakeOpenAi serve(String key) {
        FakeOpenAi fake = FakeOpenAi.start(key, MODEL);
        servers.add(fake);
        return fake;
    }

    private OpenAiLanguageModel model(FakeOpenAi fake, String key, int maxRetries) {
        OpenAiLanguageModel model = new OpenAiLanguageModel(
                new OpenAiProperties(key, fake.baseUrl(), MODEL, OpenAiContractTest.TIMEOUT, maxRetries));
        opened.add(model);
        return model;
    }
}
