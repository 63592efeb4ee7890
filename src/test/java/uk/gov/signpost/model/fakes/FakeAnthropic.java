package uk.gov.signpost.model.fakes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Anthropic's Messages API ({@code POST /v1/messages}), as its documentation describes it: the key in
 * {@code x-api-key}, an {@code anthropic-version} header, and errors as {@code {"type":"error","error":{...}}}.
 * Beyond the protocol, it insists on what Signpost must always send: the system prompt and the last tool marked
 * with {@code cache_control}, tools with object schemas, and every {@code tool_use} answered by a
 * {@code tool_result} in the next message (the real API refuses a request without them).
 */
public final class FakeAnthropic extends FakeProvider {

    public static final String API_VERSION = "2023-06-01";

    private final String key;
    private final String model;

    private FakeAnthropic(String key, String model) {
        super("anthropic");
        this.key = key;
        this.model = model;
    }

    /** Starts a fake that accepts this key and expects requests for this model. */
    public static FakeAnthropic start(String key, String model) {
        return new FakeAnthropic(key, model);
    }

    /** The base URL to configure, as for {@code https://api.anthropic.com}: no {@code /v1}. */
    public String baseUrl() {
        return address();
    }

    /** The {@code tool_result} blocks of the last message of the last request. */
    public List<JsonNode> toolResultsReceived() {
        JsonNode messages = lastRequest().json().path("messages");
        JsonNode last = messages.get(messages.size() - 1);
        List<JsonNode> results = new ArrayList<>();
        last.path("content").forEach(block -> {
            if (block.path("type").asString("").equals("tool_result")) {
                results.add(block);
            }
        });
        return results;
    }

    @Override
    protected int eventsBeforeTheFirstText() {
        return 3; // message_start, content_block_start, ping
    }

    @Override
    protected boolean authorised(Received request) {
        return key.equals(request.header("x-api-key"));
    }

    @Override
    protected List<String> check(Received request) {
        List<String> problems = new ArrayList<>();
        if (!request.method().equals("POST") || !request.path().endsWith("/v1/messages")) {
            problems.add("expected POST …/v1/messages, got " + request.method() + " " + request.path());
        }
        if (!API_VERSION.equals(request.header("anthropic-version"))) {
            problems.add("anthropic-version header must be " + API_VERSION);
        }
        String contentType = request.header("content-type");
        if (contentType == null || !contentType.startsWith("application/json")) {
            problems.add("content-type must be application/json");
        }
        if (request.json() == null || !request.json().isObject()) {
            problems.add("the body must be a JSON object");
            return problems;
        }
        JsonNode body = request.json();
        if (!model.equals(body.path("model").asString(""))) {
            problems.add("model must be " + model + ", was " + body.path("model"));
        }
        if (body.path("max_tokens").asInt(0) < 1) {
            problems.add("max_tokens must be a positive integer");
        }
        checkSystem(body.path("system"), problems);
        checkTools(body.path("tools"), problems);
        checkMessages(body.path("messages"), problems);
        return problems;
    }

    /** Signpost caches its system prompt: a block list whose last block has an ephemeral cache_control. */
    private static void checkSystem(JsonNode system, List<String> problems) {
        if (!system.isArray() || system.isEmpty()) {
            problems.add("system must be a list of text blocks carrying cache_control, was " + system);
            return;
        }
        JsonNode last = system.get(system.size() - 1);
        if (!last.path("type").asString("").equals("text") || last.path("text").asString("").isBlank()) {
            problems.add("system blocks must be non-empty text");
        }
        if (!last.path("cache_control").path("type").asString("").equals("ephemeral")) {
            problems.add("the system prompt must carry cache_control {type: ephemeral}");
        }
    }

    /** Each tool has a name, a description and an object schema; the last carries the tools' cache breakpoint. */
    private static void checkTools(JsonNode tools, List<String> problems) {
        if (tools.isMissingNode()) {
            return;
        }
        if (!tools.isArray() || tools.isEmpty()) {
            problems.add("tools must be a non-empty list when present");
            return;
        }
        for (JsonNode tool : tools) {
            if (!tool.path("name").asString("").matches("[a-zA-Z0-9_-]{1,64}")) {
                problems.add("tool name invalid: " + tool.path("name"));
            }
            if (tool.path("description").asString("").isBlank()) {
                problems.add("tool " + tool.path("name") + " has no description");
            }
            if (!tool.path("input_schema").path("type").asString("").equals("object")) {
                problems.add("tool " + tool.path("name") + " input_schema.type must be object");
            }
        }
        if (!tools.get(tools.size() - 1).path("cache_control").path("type").asString("").equals("ephemeral")) {
            problems.add("the last tool must carry cache_control {type: ephemeral}");
        }
    }

    /** User first; every tool_use answered by a tool_result in the very next (user) message, and nothing else. */
    private static void checkMessages(JsonNode messages, List<String> problems) {
        if (!messages.isArray() || messages.isEmpty()) {
            problems.add("messages must be a non-empty list");
            return;
        }
        if (!messages.get(0).path("role").asString("").equals("user")) {
            problems.add("the first message must be the user's");
        }
        for (int i = 0; i < messages.size(); i++) {
            JsonNode message = messages.get(i);
            String role = message.path("role").asString("");
            if (!role.equals("user") && !role.equals("assistant")) {
                problems.add("message " + i + " has role " + role);
            }
            JsonNode content = message.path("content");
            if (content.isString() ? content.asString().isEmpty() : !content.isArray() || content.isEmpty()) {
                problems.add("message " + i + " has empty content");
            }
            Set<String> used = ids(content, "tool_use", "id");
            for (JsonNode block : content.isArray() ? content : List.<JsonNode>of()) {
                if (block.path("type").asString("").equals("tool_use") && !block.path("input").isObject()) {
                    problems.add("tool_use " + block.path("id") + " input must be an object");
                }
                if (block.path("type").asString("").equals("text") && block.path("text").asString("").isEmpty()) {
                    problems.add("message " + i + " has an empty text block");
                }
            }
            Set<String> answered = ids(content, "tool_result", "tool_use_id");
            if (!answered.isEmpty()) {
                Set<String> asked = i == 0 ? Set.of() : ids(messages.get(i - 1).path("content"), "tool_use", "id");
                if (!role.equals("user") || !asked.containsAll(answered)) {
                    problems.add("message " + i + " has tool_result blocks for tool_use ids not in message "
                            + (i - 1) + ": " + answered);
                }
            }
            if (!used.isEmpty()) {
                Set<String> next = i + 1 < messages.size()
                        ? ids(messages.get(i + 1).path("content"), "tool_result", "tool_use_id") : Set.of();
                if (i + 1 < messages.size() && !next.equals(used)) {
                    problems.add("tool_use ids " + used + " were found without tool_result blocks immediately"
                            + " after: " + next);
                }
            }
        }
    }

    private static Set<String> ids(JsonNode content, String type, String field) {
        Set<String> ids = new LinkedHashSet<>();
        if (content.isArray()) {
            for (JsonNode block : content) {
                if (block.path("type").asString("").equals(type)) {
                    ids.add(block.path(field).asString(""));
                }
            }
        }
        return ids;
    }

    @Override
    protected Reply refusal(int status, String message) {
        String type = status == 401 ? "authentication_error" : "invalid_request_error";
        return Reply.json(status, JSON.writeValueAsString(Map.of("type", "error", "error",
                Map.of("type", type, "message", message), "request_id", "req_fake_refusal")), Map.of());
    }
}
