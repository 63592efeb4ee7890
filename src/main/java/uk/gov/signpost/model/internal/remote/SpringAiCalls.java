package uk.gov.signpost.model.internal.remote;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.ai.chat.messages.AssistantMessage;
import org.springframework.ai.chat.model.ChatModel;
import org.springframework.ai.chat.model.ChatResponse;
import org.springframework.ai.chat.model.Generation;
import org.springframework.ai.chat.prompt.Prompt;
import uk.gov.signpost.model.ModelResponse;
import uk.gov.signpost.model.TokenSink;
import uk.gov.signpost.model.ToolCall;
import uk.gov.signpost.model.Usage;

/**
 * One call to a Spring AI chat model, read back into our terms. When someone is listening the answer is streamed
 * (server-sent events) and each piece of text goes to the sink, on the caller's thread, as it arrives; otherwise
 * it is one plain request. Tool calls come back as the model wrote them, even when their arguments are not valid
 * JSON, so that the turn loop can tell the model.
 */
public final class SpringAiCalls {

    /** Reads Spring AI's token counts; providers count cached prompt tokens differently. */
    @FunctionalInterface
    public interface UsageReader {
        Usage read(org.springframework.ai.chat.metadata.Usage usage);
    }

    private SpringAiCalls() {}

    /**
     * Makes the call.
     *
     * @param model the name to report in the response, the one the price table knows
     * @throws uk.gov.signpost.model.ModelException when the provider fails, sorted by {@link ProviderFailures};
     *     a failure of the sink itself comes out unchanged
     */
    public static ModelResponse call(ChatModel chat, Prompt prompt, TokenSink sink, String model, UsageReader usage,
            ProviderFailures.Inspector errors) {
        Answer answer = new Answer(usage);
        try {
            if (sink == TokenSink.IGNORE) {
                answer.add(chat.call(prompt), sink);
            } else {
                // Closing the stream cancels the request if the sink throws, so no connection is left open.
                try (Stream<ChatResponse> pieces = chat.stream(prompt).toStream()) {
                    pieces.forEach(piece -> answer.add(piece, sink));
                }
            }
        } catch (SinkFailure listenerFailed) {
            throw listenerFailed.original;
        } catch (RuntimeException e) {
            throw ProviderFailures.classify(model, e, errors);
        }
        return answer.toResponse(model);
    }

    /** Carries a failure of the sink past the provider's error handling. */
    private static final class SinkFailure extends RuntimeException {
        private final RuntimeException original;

        SinkFailure(RuntimeException original) {
            super(original.getMessage(), original, false, false);
            this.original = original;
        }
    }

    /** The answer so far: text in order, tool calls in order, and the provider's final token counts. */
    private static final class Answer {

        private final UsageReader reader;
        private final StringBuilder text = new StringBuilder();
        private final List<ToolCall> toolCalls = new ArrayList<>();
        private Usage usage = Usage.NONE;

        Answer(UsageReader reader) {
            this.reader = reader;
        }

        void add(@Nullable ChatResponse response, TokenSink sink) {
            if (response == null) {
                return;
            }
            for (Generation generation : response.getResults()) {
                AssistantMessage output = generation.getOutput();
                String piece = output.getText();
                if (piece != null && !piece.isEmpty()) {
                    text.append(piece);
                    try {
                        sink.accept(piece);
                    } catch (RuntimeException e) {
                        throw new SinkFailure(e);
                    }
                }
                for (AssistantMessage.ToolCall call : output.getToolCalls()) {
                    String arguments = call.arguments() == null ? "" : call.arguments();
                    toolCalls.add(new ToolCall(call.id(), call.name(), arguments));
                }
            }
            org.springframework.ai.chat.metadata.Usage counted = response.getMetadata().getUsage();
            // Pieces of a stream carry empty counts; the provider's totals come with the last one.
            if (counted.getTotalTokens() > 0 || counted.getCacheReadInputTokens() != null) {
                usage = reader.read(counted);
            }
        }

        ModelResponse toResponse(String model) {
            return new ModelResponse(text.toString(), toolCalls, usage, model);
        }
    }
}
