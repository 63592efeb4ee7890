package uk.gov.signpost.bench;

import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import uk.gov.signpost.model.LanguageModel;
import uk.gov.signpost.model.ModelMessage;
import uk.gov.signpost.model.ModelRequest;
import uk.gov.signpost.model.ModelResponse;
import uk.gov.signpost.model.ProviderTime;
import uk.gov.signpost.model.Models;
import uk.gov.signpost.model.TokenSink;
import uk.gov.signpost.model.ToolCall;
import uk.gov.signpost.model.ToolDefinition;
import uk.gov.signpost.model.Usage;

/**
 * A stand-in for a remote model in benchmarks: it decides like offline mode, waits a set time, and reports
 * tokens estimated from the size of what it was sent (about four characters a token), so that prompt growth
 * shows in the turn traces.
 */
final class BenchModel implements LanguageModel {

    private final ObjectProvider<Models> models;
    private volatile Duration latency = Duration.ZERO;

    BenchModel(ObjectProvider<Models> models) {
        this.models = models;
    }

    void latency(Duration value) {
        latency = value;
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public ModelResponse call(ModelRequest request, TokenSink sink) {
        return ProviderTime.measure(() -> decide(request, sink));
    }

    private ModelResponse decide(ModelRequest request, TokenSink sink) {
        if (!latency.isZero()) {
            try {
                Thread.sleep(latency.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        ModelResponse decided = models.getObject().offline().call(request, sink);
        long output = decided.text().length() / 4 + decided.toolCalls().stream()
                .mapToLong(c -> (c.name().length() + c.arguments().length()) / 4).sum();
        return new ModelResponse(decided.text(), decided.toolCalls(), new Usage(estimate(request), output, 0, 0),
                name());
    }

    static long estimate(ModelRequest request) {
        long chars = request.system().length();
        for (ToolDefinition tool : request.tools()) {
            chars += tool.name().length() + tool.description().length() + tool.inputSchema().length();
        }
        for (ModelMessage message : request.messages()) {
            if (message instanceof ModelMessage.Person person) {
                chars += person.text().length();
            } else if (message instanceof ModelMessage.Assistant assistant) {
                chars += assistant.text().length();
                for (ToolCall call : assistant.toolCalls()) {
                    chars += call.arguments().length();
                }
            } else if (message instanceof ModelMessage.ToolResults results) {
                chars += results.results().stream().mapToLong(r -> r.content().length()).sum();
            }
        }
        return chars / 4;
    }
}
