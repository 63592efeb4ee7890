package uk.gov.signpost.model.internal.anthropic;

import com.anthropic.errors.AnthropicIoException;
import com.anthropic.errors.AnthropicRetryableException;
import com.anthropic.errors.AnthropicServiceException;
import org.jspecify.annotations.Nullable;
import org.springframework.ai.anthropic.AnthropicCacheOptions;
import org.springframework.ai.anthropic.AnthropicCacheStrategy;
import org.springframework.ai.anthropic.AnthropicChatModel;
import org.springframework.ai.anthropic.AnthropicChatOptions;
import org.springframework.ai.chat.prompt.Prompt;
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
 * Claude through Spring AI's {@link AnthropicChatModel}. Each call sends the system prompt and the tool list
 * marked for Anthropic's prompt cache ({@code SYSTEM_AND_TOOLS}: breakpoints on the system prompt and on the last
 * tool), streams the answer when someone is listening, and returns the tool calls for our turn loop to run. The
 * SDK retries 408, 409, 429 and 5xx (529 included) up to {@code maxRetries} times, honouring
 * {@code retry-after}; what still fails is a {@link uk.gov.signpost.model.RetriableModelException} or a
 * {@link uk.gov.signpost.model.NonRetriableModelException}.
 *
 * <p>It does not send {@code is_error} on tool results (Spring AI's tool response has no such flag): a failed
 * tool's text says so itself. It does not turn on extended thinking, citations or Anthropic's server tools.
 */
final class AnthropicLanguageModel implements LanguageModel, AutoCloseable {

    private static final ProviderFailures.Inspector ERRORS = new ProviderFailures.Inspector() {
        @Override
        public @Nullable Integer status(Throwable failure) {
            return failure instanceof AnthropicServiceException service ? service.statusCode() : null;
        }

        @Override
        public boolean transport(Throwable failure) {
            return failure instanceof AnthropicIoException || failure instanceof AnthropicRetryableException;
        }
    };

    private final String model;
    private final AnthropicChatOptions defaults;
    private final AnthropicChatModel chat;

    AnthropicLanguageModel(AnthropicProperties settings) {
        this.model = settings.model();
        this.defaults = AnthropicChatOptions.builder()
                .model(settings.model())
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey())
                .timeout(settings.timeout())
                .maxRetries(settings.maxRetries())
                .cacheOptions(AnthropicCacheOptions.builder().strategy(AnthropicCacheStrategy.SYSTEM_AND_TOOLS).build())
                .build();
        this.chat = AnthropicChatModel.builder().options(defaults).build();
    }

    @Override
    public String name() {
        return model;
    }

    @Override
    public String provider() {
        return "anthropic";
    }

    @Override
    public ModelResponse call(ModelRequest request, TokenSink sink) {
        AnthropicChatOptions options = defaults.mutate()
                .maxTokens(request.maxOutputTokens())
                .toolCallbacks(SpringAiPrompts.tools(request.tools()))
                .build();
        Prompt prompt = new Prompt(SpringAiPrompts.messages(request), options);
        return ProviderTime.measure(() -> SpringAiCalls.call(chat, prompt, sink, model, AnthropicLanguageModel::usage, ERRORS));
    }

    /** Anthropic's input_tokens already leave out the tokens read from or written to the cache. */
    static Usage usage(org.springframework.ai.chat.metadata.Usage usage) {
        return new Usage(usage.getPromptTokens(), usage.getCompletionTokens(),
                orZero(usage.getCacheReadInputTokens()), orZero(usage.getCacheWriteInputTokens()));
    }

    private static long orZero(@Nullable Long tokens) {
        return tokens == null ? 0 : tokens;
    }

    /** Lets go of the HTTP clients' connections and threads. */
    @Override
    public void close() {
        chat.getAnthropicClient().close();
        chat.getAnthropicClientAsync().close();
    }
}
