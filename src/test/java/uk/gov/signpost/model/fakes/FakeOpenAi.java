package uk.gov.signpost.model.fakes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * An OpenAI-compatible Chat Completions API ({@code POST /v1/chat/completions}), as OpenAI documents it: the key
 * as a bearer token (none at all for a server that needs no key), and errors as {@code {"error":{...}}}. Beyond
 * the protocol, it insists on what Signpost must always send: the system prompt first, tools as functions with
 * object schemas, {@code stream_options.include_usage} on streamed requests, and every tool call answered by a
 * {@code tool} message with its id (the real API refuses a request without them).
 */
public final class FakeOpenAi extends FakeProvider {

    private final String key;
    private final String model;

    private FakeOpenAi(String key, String model) {
        super("openai");
        this.key = key;
        this.model = model;
    }

    /** Starts a fake that accepts this key (or, if empty, wants no Authorization header) for this model. */
    public static FakeOpenAi start(String key, String model) {
        return new FakeOpenAi(key, model);
    }

    /** The base URL to configure, with {@code /v1} as for {@code https://api.openai.com/v1}. */
    public String baseUrl() {
        return address() + "/v1";
    }

    /** The {@code tool} messages at the end of the last request, in order. */
    public List<JsonNode> toolMessagesReceived() {
        JsonNode messages = lastRequest().json().path("messages");
        List<JsonNode> tools = new ArrayList<>();
        for (int i = messages.size() - 1; i >= 0 && messages.get(i).path("role").asString("").equals("tool"); i--) {
            tools.add(0, messages.get(i));
        }
        return tools;
    }

    @Override
    protected int eventsBeforeTheFirstText() {
        return 1; // the chunk that sets the role
    }

    @Override
    protected boolean authorised(Received request) {
        String authorization = request.header("authorization");
        return key.isEmpty() ? authorization == null : ("Bearer " + key).equals(authorization);
    }

    @Override
    protected List<String> check(Received request) {
        List<String> problems = new ArrayList<>();
        if (!request.method().equals("POST") || !request.path().endsWith("/v1/chat/completions")) {
            problems.add("expected POST …/v1/chat/completions, got " + request.method() + " " + request.path());
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
        if (body.path("max_completion_tokens").asInt(0) < 1) {
            problems.add("max_completion_tokens must be a positive integer");
        }
        if (request.streaming() && !body.path("stream_options").path("include_usage").asBoolean(false)) {
            problems.add("a streamed request must ask for stream_options.include_usage");
        }
        checkTools(body.path("tools"), problems);
        checkMessages(body.path("messages"), problems);
        return problems;
    }

    private static void checkTools(JsonNode tools, List<String> problems) {
        if (tools.isMissingNode()) {
            return;
        }
        for (JsonNode tool : tools) {
            JsonNode function = tool.path("function");
            if (!tool.path("type").asString("").equals("function")
                    || !function.path("name").asString("").matches("[a-zA-Z0-9_-]{1,64}")) {
                problems.add("each tool must be {type: function, function: {name…}}: " + tool);
            }
            if (function.path("description").asString("").isBlank()) {
                problems.add("function " + function.path("name") + " has no description");
            }
            if (!function.path("parameters").path("type").asString("").equals("object")) {
                problems.add("function " + function.path("name") + " parameters.type must be object");
            }
        }
    }

    /** System first; an assistant's tool_calls each answered, right after it, by a tool message with its id. */
    private static void checkMessages(JsonNode messages, List<String> problems) {
        if (!messages.isArray() || messages.size() < 2) {
            problems.add("messages must hold the system prompt and at least one more");
            return;
        }
        if (!messages.get(0).path("role").asString("").equals("system")
                || messages.get(0).path("content").asString("").isBlank()) {
            problems.add("the first message must be the system prompt");
        }
        Map<String, Integer> open = new LinkedHashMap<>();
        for (int i = 1; i < messages.size(); i++) {
            JsonNode message = messages.get(i);
            String role = message.path("role").asString("");
            if (role.equals("tool")) {
                String id = message.path("tool_call_id").asString("");
                if (open.remove(id) == null) {
                    problems.add("message " + i + " answers tool_call_id " + id + ", which no assistant asked for");
                }
                if (!message.path("content").isString()) {
                    problems.add("tool message " + i + " content must be a string");
                }
                continue;
            }
            if (!open.isEmpty()) {
                problems.add("An assistant message with 'tool_calls' must be followed by tool messages responding"
                        + " to each 'tool_call_id'. Missing: " + open.keySet());
                open.clear();
            }
            if (role.equals("assistant")) {
                for (JsonNode call : message.path("tool_calls")) {
                    if (!call.path("type").asString("").equals("function")
                            || !call.path("function").path("arguments").isString()) {
                        problems.add("assistant tool_calls must be functions with string arguments: " + call);
                    }
                    open.put(call.path("id").asString(""), i);
                }
            } else if (!role.equals("user")) {
                problems.add("message " + i + " has role " + role);
            }
        }
        if (!open.isEmpty()) {
            problems.add("tool calls left unanswered: " + open.keySet());
        }
    }

    @Override
    protected Reply refusal(int status, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("type", "invalid_request_error");
        error.put("param", null);
        error.put("code", status == 401 ? "invalid_api_key" : null);
        return Reply.json(status, JSON.writeValueAsString(Map.of("error", error)), Map.of());
    }
}
