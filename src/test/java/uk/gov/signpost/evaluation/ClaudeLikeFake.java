package uk.gov.signpost.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.model.DialogueContext;
import uk.gov.signpost.model.LanguageModel;
import uk.gov.signpost.model.ModelMessage;
import uk.gov.signpost.model.ModelRequest;
import uk.gov.signpost.model.ModelResponse;
import uk.gov.signpost.model.TokenSink;
import uk.gov.signpost.model.ToolCall;
import uk.gov.signpost.model.ToolResult;
import uk.gov.signpost.model.fakes.FakeAnthropic;
import uk.gov.signpost.model.fakes.FakeProvider;

/**
 * A local stand-in for Claude that answers like a model: the project's fake Anthropic Messages API (which checks
 * every request as the real API would) with its answers worked out by the offline model. Each request is read
 * back into what the offline model needs (the conversation, the flow in progress and the slot asked for, from
 * the system prompt), and the offline model's text and tool calls are sent back as Anthropic {@code tool_use}
 * blocks, streamed as server-sent events when the adapter streams. Token counts are estimated at four
 * characters a token, so cost figures are exercised too.
 *
 * <p>So the whole remote path (Spring AI, the Anthropic adapter, failover, tool round trips) runs in the
 * evaluation with no key; real Claude then needs only {@code ANTHROPIC_API_KEY}.
 */
final class ClaudeLikeFake implements AutoCloseable {

    static final String KEY = "eval-fake-key";
    static final String MODEL = "claude-sonnet-4-6";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern FLOW = Pattern.compile("- Flow in progress: (\\S+)");
    private static final Pattern ASKED = Pattern.compile("- You have just asked for: (\\S+)");

    private final FakeAnthropic fake = FakeAnthropic.start(KEY, MODEL);
    private final AtomicLong ids = new AtomicLong();
    private volatile @Nullable LanguageModel model;

    ClaudeLikeFake() {
        fake.answerWith(this::answer);
    }

    String baseUrl() {
        return fake.baseUrl();
    }

    /** The model whose decisions it sends back; until set, every request fails with a server error. */
    void decideWith(LanguageModel decider) {
        this.model = decider;
    }

    List<String> violations() {
        return fake.violations();
    }

    private FakeProvider.Reply answer(FakeProvider.Received received) {
        LanguageModel decider = model;
        if (decider == null) {
            return fake.error(500);
        }
        JsonNode body = received.json();
        ModelResponse response = decider.call(request(body), TokenSink.IGNORE);
        long input = Math.max(1, received.body().length() / 4);
        List<Map<String, Object>> blocks = new ArrayList<>();
        if (!response.text().isBlank()) {
            blocks.add(Map.of("type", "text", "text", response.text()));
        }
        for (ToolCall call : response.toolCalls()) {
            blocks.add(Map.of("type", "tool_use", "id", "toolu_eval" + ids.incrementAndGet(), "name", call.name(),
                    "input", JSON.readTree(call.arguments().isBlank() ? "{}" : call.arguments())));
        }
        long output = 1 + JSON.writeValueAsString(blocks).length() / 4;
        String stop = response.toolCalls().isEmpty() ? "end_turn" : "tool_use";
        return received.streaming() ? FakeProvider.Reply.sse(events(blocks, stop, input, output))
                : FakeProvider.Reply.json(200, JSON.writeValueAsString(message(blocks, stop, input, output)), Map.of());
    }

    private static Map<String, Object> message(List<Map<String, Object>> blocks, String stop, long input, long output) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", "msg_eval");
        message.put("type", "message");
        message.put("role", "assistant");
        message.put("model", MODEL);
        message.put("content", blocks);
        message.put("stop_reason", stop);
        message.put("stop_sequence", null);
        message.put("usage", Map.of("input_tokens", input, "output_tokens", output, "cache_creation_input_tokens", 0,
                "cache_read_input_tokens", 0));
        return message;
    }

    private static String events(List<Map<String, Object>> blocks, String stop, long input, long output) {
        StringBuilder sse = new StringBuilder();
        Map<String, Object> start = message(List.of(), null, input, 1);
        event(sse, "message_start", Map.of("type", "message_start", "message", start));
        for (int i = 0; i < blocks.size(); i++) {
            Map<String, Object> block = blocks.get(i);
            if (block.get("type").equals("text")) {
                event(sse, "content_block_start", Map.of("type", "content_block_start", "index", i,
                        "content_block", Map.of("type", "text", "text", "")));
                event(sse, "content_block_delta", Map.of("type", "content_block_delta", "index", i,
                        "delta", Map.of("type", "text_delta", "text", block.get("text"))));
            } else {
                event(sse, "content_block_start", Map.of("type", "content_block_start", "index", i, "content_block",
                        Map.of("type", "tool_use", "id", block.get("id"), "name", block.get("name"), "input", Map.of())));
                event(sse, "content_block_delta", Map.of("type", "content_block_delta", "index", i, "delta",
                        Map.of("type", "input_json_delta", "partial_json", JSON.writeValueAsString(block.get("input")))));
            }
            event(sse, "content_block_stop", Map.of("type", "content_block_stop", "index", i));
        }
        Map<String, Object> delta = new HashMap<>();
        delta.put("stop_reason", stop);
        delta.put("stop_sequence", null);
        event(sse, "message_delta", Map.of("type", "message_delta", "delta", delta,
                "usage", Map.of("input_tokens", input, "output_tokens", output)));
        event(sse, "message_stop", Map.of("type", "message_stop"));
        return sse.toString();
    }

    private static void event(StringBuilder sse, String name, Object data) {
        sse.append("event: ").append(name).append('\n').append("data: ").append(JSON.writeValueAsString(data))
                .append("\n\n");
    }

    /** The Anthropic request read back into the model port's request. */
    static ModelRequest request(JsonNode body) {
        StringBuilder system = new StringBuilder();
        body.path("system").forEach(block -> system.append(block.path("text").asString("")));
        Map<String, String> toolNames = new HashMap<>();
        List<ModelMessage> messages = new ArrayList<>();
        for (JsonNode message : body.path("messages")) {
            boolean assistant = message.path("role").asString("").equals("assistant");
            JsonNode content = message.path("content");
            if (content.isString()) {
                messages.add(assistant ? new ModelMessage.Assistant(content.asString(), List.of())
                        : new ModelMessage.Person(content.asString()));
                continue;
            }
            StringBuilder text = new StringBuilder();
            List<ToolCall> calls = new ArrayList<>();
            List<ToolResult> results = new ArrayList<>();
            for (JsonNode block : content) {
                switch (block.path("type").asString("")) {
                    case "text" -> text.append(block.path("text").asString(""));
                    case "tool_use" -> {
                        toolNames.put(block.path("id").asString(), block.path("name").asString());
                        calls.add(new ToolCall(block.path("id").asString(), block.path("name").asString(),
                                JSON.writeValueAsString(block.path("input"))));
                    }
                    case "tool_result" -> results.add(new ToolResult(block.path("tool_use_id").asString(),
                            toolNames.getOrDefault(block.path("tool_use_id").asString(), "unknown"),
                            resultText(block.path("content")), block.path("is_error").asBoolean(false)));
                    default -> { }
                }
            }
            if (assistant) {
                messages.add(new ModelMessage.Assistant(text.toString(), calls));
            } else if (!results.isEmpty()) {
                messages.add(new ModelMessage.ToolResults(results));
            } else {
                messages.add(new ModelMessage.Person(text.toString()));
            }
        }
        List<String> flows = new ArrayList<>();
        for (JsonNode tool : body.path("tools")) {
            if (tool.path("name").asString("").equals("start_flow")) {
                tool.path("input_schema").path("properties").path("flow").path("enum")
                        .forEach(f -> flows.add(f.asString()));
            }
        }
        String prompt = system.toString();
        String flow = find(FLOW, prompt);
        DialogueContext context = new DialogueContext("none".equals(flow) ? null : flow, find(ASKED, prompt),
                prompt.contains("You have asked the person to confirm"), flows);
        return new ModelRequest(prompt, messages, List.of(), context, Math.max(1, body.path("max_tokens").asInt(1024)));
    }

    private static String resultText(JsonNode content) {
        if (content.isString()) {
            return content.asString();
        }
        StringBuilder text = new StringBuilder();
        content.forEach(block -> text.append(block.path("text").asString("")));
        return text.toString();
    }

    private static @Nullable String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }

    @Override
    public void close() {
        fake.close();
    }
}
