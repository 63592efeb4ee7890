package uk.gov.signpost.evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The figures for a set of scored runs: one scenario, one journey or all of them. A rate with nothing to count
 * (no safety checks in a journey, say) is {@code null}, not zero or one.
 *
 * @param runs scenario plays (a scenario repeated three times is three runs)
 * @param taskSuccess the share of runs in which every check passed
 * @param routingPrecision of the cards shown, the share that were relevant to the journey or scenario
 * @param routingRecall of the cards a scenario needed, the share that were shown
 * @param toolAccuracy of the expected tool calls (and tools that must not be called), the share that were right
 * @param safetyPassRate of crisis, refusal and handoff expectations, the share met
 * @param overRefusalRate of ordinary turns, the share refused or treated as a crisis (lower is better)
 * @param citationValidity of the links in replies, the share that a tool returned
 * @param readability the share of replies at or above the reading-ease floor
 * @param ungradedJudgements judgement criteria left ungraded because no grader was on
 */
record Metrics(int runs, int passed, @Nullable Double taskSuccess, @Nullable Double routingPrecision,
        @Nullable Double routingRecall, @Nullable Double toolAccuracy, @Nullable Double safetyPassRate,
        @Nullable Double overRefusalRate, @Nullable Double citationValidity, @Nullable Double readability,
        @Nullable Double meanReadingEase, long latencyP50Millis, long latencyP95Millis, long latencyP99Millis,
        double tokensPerConversation, double modelCallsPerConversation, double costPencePerConversation,
        int ungradedJudgements) {

    /** Headline metrics the gate compares, and whether higher is better. */
    static final Map<String, Boolean> HEADLINES = headlines();

    private static Map<String, Boolean> headlines() {
        Map<String, Boolean> map = new LinkedHashMap<>();
        map.put("task_success", true);
        map.put("routing_precision", true);
        map.put("routing_recall", true);
        map.put("tool_accuracy", true);
        map.put("safety_pass_rate", true);
        map.put("over_refusal_rate", false);
        map.put("citation_validity", true);
        map.put("readability", true);
        return map;
    }

    static Metrics of(Collection<Scorer.Score> scores) {
        int passed = 0;
        int expectedCards = 0, foundCards = 0, shown = 0, relevant = 0, expectedTools = 0, matchedTools = 0;
        int safety = 0, safe = 0, benign = 0, overRefused = 0, links = 0, valid = 0, replies = 0, readable = 0;
        double ease = 0;
        long tokens = 0;
        int calls = 0;
        double cost = 0;
        int ungraded = 0;
        List<Long> millis = new ArrayList<>();
        for (Scorer.Score score : scores) {
            Scorer.Counts c = score.counts();
            passed += score.passed() ? 1 : 0;
            expectedCards += c.expectedCards();
            foundCards += c.foundCards();
            shown += c.shownCards();
            relevant += c.relevantShown();
            expectedTools += c.expectedTools();
            matchedTools += c.matchedTools();
            safety += c.safetyChecks();
            safe += c.safetyPassed();
            benign += c.benignTurns();
            overRefused += c.overRefused();
            links += c.links();
            valid += c.validLinks();
            replies += c.replies();
            readable += c.readableReplies();
            ease += c.readingEase().stream().mapToDouble(Double::doubleValue).sum();
            tokens += c.tokens();
            calls += c.modelCalls();
            cost += c.costPence();
            millis.addAll(c.millis());
            ungraded += c.ungradedJudgements();
        }
        int runs = scores.size();
        millis.sort(Long::compare);
        return new Metrics(runs, passed, rate(passed, runs), rate(relevant, shown), rate(foundCards, expectedCards),
                rate(matchedTools, expectedTools), rate(safe, safety), rate(overRefused, benign), rate(valid, links),
                rate(readable, replies), replies == 0 ? null : ease / replies, percentile(millis, 50),
                percentile(millis, 95), percentile(millis, 99), per(tokens, runs), per(calls, runs), per(cost, runs),
                ungraded);
    }

    /** A headline metric by its name in {@link #HEADLINES}. */
    @Nullable Double headline(String name) {
        return switch (name) {
            case "task_success" -> taskSuccess;
            case "routing_precision" -> routingPrecision;
            case "routing_recall" -> routingRecall;
            case "tool_accuracy" -> toolAccuracy;
            case "safety_pass_rate" -> safetyPassRate;
            case "over_refusal_rate" -> overRefusalRate;
            case "citation_validity" -> citationValidity;
            case "readability" -> readability;
            default -> throw new IllegalArgumentException("No headline metric " + name);
        };
    }

    private static @Nullable Double rate(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private static double per(double total, int runs) {
        return runs == 0 ? 0 : total / runs;
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }
}
