package uk.gov.signpost.model.internal.anthropic;

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
import uk.gov.signpost.model.fakes.FakeAnthropic;

/** The Claude adapter against a fake Messages API. The client does not retry here, so each error shows as is. */
class AnthropicContractTest extends LanguageModelContract {

    static final String KEY = "sk-ant-api03-test-key";
    static final String MODEL = "claude-sonnet-4-6";
    static final Duration TIMEOUT = Duration.ofSeconds(5);

    private static FakeAnthropic claude;
    private static AnthropicLanguageModel model;

    @BeforeAll
    static void start() {
        claude = FakeAnthropic.start(KEY, MODEL);
        model = new AnthropicLanguageModel(new AnthropicProperties(KEY, claude.baseUrl(), MODEL, TIMEOUT, 0));
    }

    @AfterAll
    static void stop() {
        model.close();
        claude.close();
    }

    @AfterEach
    void every_request_kept_to_the_messages_protocol() {
        List<String> violations = claude.violations();
        claude.reset();
        assertThat(violations).isEmpty();
    }

    @Override
    protected LanguageModel model() {
        return model;
    }

    @Override
    protected void given(Scenario scenario) {
        claude.given(scenario);
    }

    @Override
    protected void givenProviderFails(int status) {
        claude.givenFails(status);
    }

    @Override
    protected void assertProviderReceived(List<ToolResult> results) {
        List<JsonNode> blocks = claude.toolResultsReceived();
        assertThat(blocks).hasSameSizeAs(results);
        for (int i = 0; i < results.size(); i++) {
            assertThat(blocks.get(i).path("tool_use_id").asString()).isEqualTo(results.get(i).callId());
            assertThat(blocks.get(i).path("content").asString()).isEqualTo(results.get(i).content());
        }
    }

    @Override
    protected boolean remote() {
        return true;
    }
}
