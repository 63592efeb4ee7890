package uk.gov.signpost.model.internal.openai;

import com.openai.client.OpenAIClient;
import com.openai.client.OpenAIClientAsync;
import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIRetryableException;
import com.openai.errors.OpenAIServiceException;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.ai.chat.prompt.Prompt;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.ai.openai.OpenAiChatOptions;
import org.springframework.ai.openai.setup.OpenAiSetup;
import uk.gov.signpost.model.LanguageModel;
import uk.gov.signpost.model.ModelRequest;
import uk.gov.signpost.model.ModelResponse;
import uk.gov.signpost.model.ProviderTime;
import uk.gov.signpost.model.TokenSink;
import uk.gov.signpost.model.Usage;
import uk.gov.signpost.model.internal.remote.ProviderFailures;
import uk.gov.signpost.model.internal.remote.SpringAiCalls;
import uk.gov.signpost.model.internal.remote.SpringAiPrompts;

/**
 * A model behind an OpenAI-compatible Chat Completions API, through Spring AI's {@link OpenAiChatModel}. It
 * streams the answer when someone is listening (asking for the final usage chunk), sends the tools as functions,
 * and returns the tool calls for our turn loop to run. The SDK retries 408, 409, 429 and 5xx up to
 * {@code maxRetries} times, honouring {@code retry-after}.
 *
 * <p>It asks for at most {@code max_completion_tokens}, the current name of the limit; a server that only knows
 * the older {@code max_tokens} ignores it. Cached prompt tokens are counted as OpenAI reports them
 * ({@code prompt_tokens_details.cached_tokens}); OpenAI does not report cache writes, so they are always zero.
 */
final class OpenAiLanguageModel implements LanguageModel, AutoCloseable {

    private static final ProviderFailures.Inspector ERRORS = new ProviderFailures.Inspector() {
        @Override
        public @Nullable Integer status(Throwable failure) {
            return failure instanceof OpenAIServiceException service ? service.statusCode() : null;
        }

        @Override
        public boolean transport(Throwable failure) {
            return failure instanceof OpenAIIoException || failure instanceof OpenAIRetryableException;
        }
    };

    private final String model;
    private final OpenAiChatOptions defaults;
    private final OpenAIClient client;
    private final OpenAIClientAsync streamingClient;
    private final OpenAiChatModel chat;

    OpenAiLanguageModel(OpenAiProperties settings) {
        this.model = settings.model();
        this.defaults = OpenAiChatOptions.builder()
                .model(settings.model())
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey())
                .timeout(settings.timeout())
                .maxRetries(settings.maxRetries())
                .build();
        // Built here rather than by the chat model, so that close() can let go of their connections and threads.
        this.client = OpenAiSetup.setupSyncClient(settings.baseUrl(), settings.apiKey(), null, null, null, null,
                false, false, settings.model(), settings.timeout(), settings.maxRetries(), null, null,
                ObservationRegistry.NOOP, null, List.of());
        this.streamingClient = OpenAiSetup.setupAsyncClient(settings.baseUrl(), settings.apiKey(), null, null, null,
                null, false, false, settings.model(), settings.timeout(), settings.maxRetries(), null, null,
                ObservationRegistry.NOOP, null, List.of());
        this.chat = OpenAiChatModel.builder()
                .options(defaults)
                .openAiClient(client)
                .openAiClientAsync(streamingClient)
                .build();
    }

    @Override
    public String name() {
        return model;
    }

    @Override
    public String provider() {
        return "openai";
    }

    @Override
    public ModelResponse call(ModelRequest request, TokenSink sink) {
        OpenAiChatOptions options = defaults.mutate()
                .maxCompletionTokens(request.maxOutputTokens())
                .toolCallbacks(SpringAiPrompts.tools(request.tools()))
                .build();
        Prompt prompt = new Prompt(SpringAiPrompts.messages(request), options);
        return ProviderTime.measure(() -> SpringAiCalls.call(chat, prompt, sink, model, OpenAiLanguageModel::usage, ERRORS));
    }

    /** OpenAI's prompt_tokens include the cached ones; ours count them apart. */
    static Usage usage(org.springframework.ai.chat.metadata.Usage usage) {
        long cached = usage.getCacheReadInputTokens() == null ? 0 : usage.getCacheReadInputTokens();
        return new Usage(Math.max(0, usage.getPromptTokens() - cached), usage.getCompletionTokens(), cached, 0);
    }

    /** Lets go of the HTTP clients' connections and threads. */
    @Override
    public void close() {
        client.close();
        streamingClient.close();
    }
}
