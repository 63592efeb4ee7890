package uk.gov.signpost.model.internal.offline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.model.Commands;
import uk.gov.signpost.model.DialogueContext;
import uk.gov.signpost.model.LanguageModel;
import uk.gov.signpost.model.ModelMessage;
import uk.gov.signpost.model.ModelRequest;
import uk.gov.signpost.model.ModelResponse;
import uk.gov.signpost.model.ProviderTime;
import uk.gov.signpost.model.TokenSink;
import uk.gov.signpost.model.ToolCall;
import uk.gov.signpost.model.ToolData;
import uk.gov.signpost.model.ToolResult;
import uk.gov.signpost.model.Usage;
import uk.gov.signpost.model.internal.offline.extraction.EntityExtractor;

/**
 * Offline mode: no network and no language model, yet the same flows and tools as the remote models. Like a
 * model, it answers the person's message with commands (tool calls): it recognises the intent with MiniLM and
 * keyword rules, and the facts with rule-based entity extraction. Given tool results, it words the reply from
 * what the tools said and the domain pack's templates. It is deterministic: the same input always gets the same
 * output.
 *
 * <p>It does not understand negation, sarcasm or several requests in one message, and it cannot answer
 * questions that no flow or template covers; it signposts instead.
 */
public final class OfflineLanguageModel implements LanguageModel {

    private static final Logger log = LoggerFactory.getLogger(OfflineLanguageModel.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CANCEL = Pattern.compile(
            "^(cancel|stop|stop this|start again|never ?mind|forget it|quit|exit"
                    + "|stopio|stopiwch|canslo|dechrau eto|anghofia fe|anghofiwch|dim ots)\\b.*");
    private static final Pattern YES = Pattern.compile(
            "^(yes|yeah|yep|yup|ok|okay|sure|please do|go ahead|do it|confirm|correct|that's right|y"
                    + "|ie|ydw|ydy|oes|iawn|ewch ymlaen|cer ymlaen|gwnewch|plis|os gwelwch yn dda)\\b.*");
    private static final Pattern NO = Pattern.compile(
            "^(no|nope|nah|don't|do not|not now|n|na|nage|naddo|nac ydw|nac oes|nac ydy|dim diolch|peidiwch)\\b.*");

    private final IntentClassifier classifier;
    private final EntityExtractor extractor;
    private final Duration simulatedLatency;
    private final Duration chunkDelay;

    OfflineLanguageModel(IntentClassifier classifier, EntityExtractor extractor, Duration simulatedLatency,
            Duration chunkDelay) {
        this.classifier = classifier;
        this.extractor = extractor;
        this.simulatedLatency = simulatedLatency;
        this.chunkDelay = chunkDelay;
    }

    @Override
    public String name() {
        return "offline";
    }

    @Override
    public ModelResponse call(ModelRequest request, TokenSink sink) {
        return ProviderTime.measure(() -> decide(request, sink));
    }

    private ModelResponse decide(ModelRequest request, TokenSink sink) {
        pause(simulatedLatency);
        if (request.last() instanceof ModelMessage.ToolResults results) {
            String text = wordReply(request, results.results());
            stream(text, sink);
            return new ModelResponse(text, List.of(), Usage.NONE, name());
        }
        return commandsFor(request.lastPersonText(), request.context(), sink);
    }

    /** The commands a person's message amounts to, with the intent's reply when it only signposts. */
    private ModelResponse commandsFor(String text, DialogueContext context, TokenSink sink) {
        String plain = IntentClassifier.normalise(text).strip();
        List<ToolCall> calls = new ArrayList<>();
        if (context.awaitingConfirmation()) {
            if (YES.matcher(plain).matches()) {
                call(calls, Commands.CONFIRM, Map.of());
                return respond("", calls, sink);
            }
            if (NO.matcher(plain).matches()) {
                call(calls, Commands.DECLINE, Map.of());
                return respond("", calls, sink);
            }
        }
        if (context.activeFlow() != null && CANCEL.matcher(plain).matches()) {
            call(calls, Commands.CANCEL_FLOW, Map.of());
            return respond("", calls, sink);
        }
        IntentMatch match = classifier.classify(text);
        log.debug("event=intent_recognised intent={} method={} score={}",
                match.intent().intent(), match.method(), String.format(Locale.ROOT, "%.3f", match.score()));
        // An answer to the flow's question ("administrative officer") can sound like asking for a person; only a
        // keyword ("a real person") hands over in the middle of a flow.
        boolean answering = context.activeFlow() != null && context.requestedSlot() != null;
        if (match.intent().intent().equals("talk_to_person") && (!answering || match.method().equals("keyword"))) {
            call(calls, Commands.HANDOFF, Map.of("reason", "person_asked"));
            call(calls, Commands.RECOMMEND_SERVICES,
                    Map.of("services", match.intent().serviceKeys(), "topic", match.intent().intent()));
            return respond(match.intent().reply(context.language()), calls, sink);
        }
        String flow = match.intent().flow();
        boolean strongIntent = !match.method().equals("fallback") && !match.intent().intent().equals("other");
        // Start a flow on a clear intent; in the middle of another flow, only an explicit keyword switches.
        if (flow != null && !flow.equals(context.activeFlow()) && strongIntent
                && (context.activeFlow() == null || match.method().equals("keyword"))) {
            call(calls, Commands.START_FLOW, Map.of("flow", flow));
        }
        Map<String, Object> slots = new LinkedHashMap<>(extractor.extract(text, context.requestedSlot()));
        if (!calls.isEmpty() && match.intent().flowTakesTopic()) {
            // Always sent when such a flow starts, so an old topic never answers a new flow's first question.
            slots.put("topic", TopicExtractor.topic(text).orElse(""));
        }
        if (answering && calls.isEmpty() && context.requestedSlot() != null
                && !slots.containsKey(context.requestedSlot())) {
            slots.put(context.requestedSlot(), text.strip());
        }
        if (!slots.isEmpty() && (context.activeFlow() != null || !calls.isEmpty())) {
            call(calls, Commands.SET_SLOTS, Map.of("slots", slots));
        }
        if (calls.isEmpty()) {
            call(calls, Commands.RECOMMEND_SERVICES,
                    Map.of("services", match.intent().serviceKeys(), "topic", match.intent().intent()));
            return respond(match.intent().reply(context.language()), calls, sink);
        }
        return respond("", calls, sink);
    }

    /** Text and commands together, as a remote model writes a sentence alongside its tool calls. */
    private ModelResponse respond(String text, List<ToolCall> calls, TokenSink sink) {
        stream(text, sink);
        return new ModelResponse(text, calls, Usage.NONE, name());
    }

    /** Words the reply from what the tools said, adding the intent's template when services were recommended. */
    private String wordReply(ModelRequest request, List<ToolResult> results) {
        List<String> parts = new ArrayList<>();
        boolean recommended = false;
        for (ToolResult result : results) {
            if (result.name().equals(Commands.RECOMMEND_SERVICES)) {
                recommended = true;
                continue;
            }
            String say = say(result);
            if (!say.isBlank()) {
                parts.add(say);
            }
        }
        if (recommended && parts.isEmpty()) {
            parts.add(classifier.classify(request.lastPersonText()).intent().reply(request.context().language()));
        }
        return String.join("\n\n", parts);
    }

    /** A tool's own wording: the {@code say} field of a JSON result, or the plain text of an error. */
    private static String say(ToolResult result) {
        try {
            JsonNode node = JSON.readTree(ToolData.unfence(result.content()));
            JsonNode say = node.get("say");
            return say != null && say.isString() ? say.asString() : "";
        } catch (RuntimeException notJson) {
            return result.error() ? "" : ToolData.unfence(result.content());
        }
    }

    private static ToolCall call(List<ToolCall> calls, String name, Map<String, ?> arguments) {
        ToolCall call = new ToolCall("offline_" + (calls.size() + 1), name, JSON.writeValueAsString(arguments));
        calls.add(call);
        return call;
    }

    /** Sends the text a few words at a time, as a remote model would. */
    private void stream(String text, TokenSink sink) {
        String[] words = text.split("(?<= )");
        StringBuilder chunk = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            chunk.append(words[i]);
            if (chunk.length() >= 12 || i == words.length - 1) {
                sink.accept(chunk.toString());
                chunk.setLength(0);
                pause(chunkDelay);
            }
        }
    }

    private static void pause(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
