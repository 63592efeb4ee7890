package uk.gov.signpost.agent.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.agent.AgentProperties;
import uk.gov.signpost.model.Usage;

/**
 * The record of one turn, built as it runs: each model call with its tokens and time, each tool with its
 * result status. It holds ids, names, counts and timings, never text.
 */
final class TurnTrace {

    private final long startedNanos = System.nanoTime();
    private final List<Map<String, Object>> steps = new ArrayList<>();
    private long modelNanos;
    private int modelCalls;
    private int toolCalls;
    private Usage usage = Usage.NONE;
    private BigDecimal costPounds = BigDecimal.ZERO;
    private String model = "none";
    private boolean fallback;
    private String outcome = "replied";

    void modelCall(String name, boolean wasFallback, Usage callUsage, long nanos, AgentProperties.@Nullable Price price) {
        modelCalls++;
        modelNanos += nanos;
        usage = usage.plus(callUsage);
        model = name;
        fallback |= wasFallback;
        if (price != null) {
            costPounds = costPounds.add(cost(callUsage, price));
        }
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("kind", "model");
        step.put("model", name);
        step.put("fallback", wasFallback);
        step.put("input_tokens", callUsage.inputTokens());
        step.put("output_tokens", callUsage.outputTokens());
        step.put("cache_read_tokens", callUsage.cacheReadTokens());
        step.put("cache_write_tokens", callUsage.cacheWriteTokens());
        step.put("micros", nanos / 1000);
        steps.add(step);
    }

    void modelFailed(String name, String error, long nanos) {
        modelNanos += nanos;
        steps.add(Map.of("kind", "model", "model", name, "status", "failed", "error", error, "micros", nanos / 1000));
    }

    void tool(String name, String status, long nanos) {
        toolCalls++;
        steps.add(Map.of("kind", "tool", "tool", name, "status", status, "micros", nanos / 1000));
    }

    /** A guardrail or budget decision, as a code and a score; never the text it looked at. */
    void check(String name, String code, double score) {
        steps.add(Map.of("kind", "check", "check", name, "code", code, "score", score));
    }

    void outcome(String value) {
        outcome = value;
    }

    int modelCalls() {
        return modelCalls;
    }

    int toolCalls() {
        return toolCalls;
    }

    Usage usage() {
        return usage;
    }

    BigDecimal costPounds() {
        return costPounds;
    }

    String model() {
        return model;
    }

    boolean fallback() {
        return fallback;
    }

    String outcome() {
        return outcome;
    }

    List<Map<String, Object>> steps() {
        return List.copyOf(steps);
    }

    long elapsedNanos() {
        return System.nanoTime() - startedNanos;
    }

    /** Everything but waiting for models: the agent's own cost per turn. */
    long overheadNanos() {
        return Math.max(0, elapsedNanos() - modelNanos);
    }

    static BigDecimal cost(Usage usage, AgentProperties.Price price) {
        BigDecimal million = BigDecimal.valueOf(1_000_000);
        return price.input().multiply(BigDecimal.valueOf(usage.inputTokens()))
                .add(price.output().multiply(BigDecimal.valueOf(usage.outputTokens())))
                .add(price.cacheRead().multiply(BigDecimal.valueOf(usage.cacheReadTokens())))
                .add(price.cacheWrite().multiply(BigDecimal.valueOf(usage.cacheWriteTokens())))
                .divide(million, 6, RoundingMode.HALF_UP);
    }
}
