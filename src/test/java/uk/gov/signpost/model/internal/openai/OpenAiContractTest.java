package uk.gov.signpost.model.internal.openai;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import tools.jackson.databind.JsonNode;
import uk.gov.signpost.model.LanguageModel;
import uk.gov.signpost.model.LanguageModelContract;
import uk.gov.signpost.model.ToolResult;
import uk.gov.signpost.model.fakes.FakeOpenAi;

/** The OpenAI-compatible adapter against a fake Chat Completions API, with no client retries. */
class OpenAiContractTest extends LanguageModelContract {

    static final String KEY = "sk-proj-test-key";
    static final String MODEL = "gpt-5-mini";
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private static FakeOpenAi server;
    private static OpenAiLanguageModel model;

    @BeforeAll
    static void start() {
        server = FakeOpenAi.start(KEY, MODEL);
        model = new OpenAiLanguageModel(new OpenAiProperties(KEY, server.baseUrl(), MODEL, TIMEOUT, 0));
    }

    @AfterAll
    static void stop() {
        model.close();
        server.close();
    }

    @AfterEach
    void every_request_kept_to_the_chat_completions_protocol() {
        List<String> violations = server.violations();
        server.reset();
        assertThat(violations).isEmpty();
    }

    @Override
    protected LanguageModel model() {
        return model;
    }

    @Override
    protected void given(Scenario scenario) {
        server.given(scenario);
    }

    @Override
    protected void givenProviderFails(int status) {
        server.givenFails(status);
    }

    @Override
    protected void assertProviderReceived(List<ToolResult> results) {
        List<JsonNode> messages = server.toolMessagesReceived();
        assertThat(messages).hasSameSizeAs(results);
        for (int i = 0; i < results.size(); i++) {
            assertThat(messages.get(i).path("tool_call_id").asString()).isEqualTo(results.get(i).callId());
            assertThat(messages.get(i).path("content").asString()).isEqualTo(results.get(i).content());
        }
    }

    @Override
    protected boolean remote() {
        return true;
    }
}
