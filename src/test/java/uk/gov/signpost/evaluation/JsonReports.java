package uk.gov.signpost.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The machine-readable outputs: {@code result.json} (this project's own format, which the gate and comparisons
 * read) and an evaluation log in the format of the UK AI Security Institute's Inspect ({@code inspect_ai}
 * {@code EvalLog}, version 2, JSON), so the results can be opened in its viewer and tools. Each scenario run is
 * an Inspect sample; each check kind is a score.
 */
final class JsonReports {

    static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonReports() {}

    static String result(EvalRun run) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", run.model());
        body.put("provider", run.provider());
        body.put("commit", run.commit());
        body.put("started_at", run.started().toString());
        body.put("completed_at", run.completed().toString());
        body.put("capabilities", run.capabilities().stream().sorted().toList());
        body.put("overall", run.overall());
        body.put("journeys", run.byJourney());
        Map<String, Object> pending = new LinkedHashMap<>();
        pending.put("metrics", Metrics.of(run.pendingScores()));
        Map<String, Object> needs = new LinkedHashMap<>();
        run.pendingByRequirement().forEach((need, c) -> needs.put(need, Map.of("scenarios", c[0], "passing", c[1])));
        pending.put("by_requirement", needs);
        body.put("pending", pending);
        List<Map<String, Object>> scenarios = new ArrayList<>();
        run.byScenario().forEach((scenario, scores) -> scenarios.add(scenario(run, scenario, scores)));
        body.put("scenarios", scenarios);
        return JSON.writeValueAsString(body);
    }

    private static Map<String, Object> scenario(EvalRun run, Scenario scenario, List<Scorer.Score> scores) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", scenario.id());
        s.put("journey", scenario.journey());
        s.put("title", scenario.title());
        s.put("requires", scenario.requires());
        s.put("pending", run.pending(scenario));
        s.put("runs", scores.size());
        s.put("pass_rate", (double) scores.stream().filter(Scorer.Score::passed).count() / scores.size());
        s.put("metrics", Metrics.of(scores));
        Scorer.Score shown = scores.stream().filter(x -> !x.passed()).findFirst().orElse(scores.get(0));
        s.put("failed_checks", shown.checks().stream().filter(c -> !c.passed()).toList());
        List<Map<String, Object>> turns = new ArrayList<>();
        for (Transcript.Turn t : shown.transcript().turns()) {
            Map<String, Object> turn = new LinkedHashMap<>();
            turn.put("say", t.say());
            turn.put("reply", t.text());
            turn.put("cards", t.cards());
            turn.put("calls", t.calls().stream().map(ScenarioRunner::describe).toList());
            turn.put("model", t.trace().model());
            turn.put("model_calls", t.trace().modelCalls());
            turn.put("tokens", t.trace().tokens());
            turn.put("millis", t.millis());
            turns.add(turn);
        }
        s.put("transcript", turns);
        return s;
    }

    static String inspectLog(EvalRun run) {
        List<Scorer.Score> scores = run.scores();
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("version", 2);
        log.put("status", "success");
        Map<String, Object> eval = new LinkedHashMap<>();
        eval.put("eval_id", "signpost-" + run.started().toEpochMilli());
        eval.put("run_id", "signpost-" + run.started().toEpochMilli());
        eval.put("created", run.started().toString());
        eval.put("task", "signpost/scenarios");
        eval.put("task_id", "signpost-scenarios");
        eval.put("task_version", 1);
        eval.put("task_file", "src/test/resources/eval/scenarios");
        eval.put("task_attribs", Map.of());
        eval.put("task_args", Map.of());
        eval.put("dataset", Map.of("name", "signpost-scenarios", "location", "src/test/resources/eval/scenarios",
                "samples", run.byScenario().size(),
                "sample_ids", run.byScenario().keySet().stream().map(Scenario::id).toList()));
        eval.put("model", run.provider() + "/" + run.model());
        eval.put("model_args", Map.of());
        eval.put("config", Map.of("epochs", run.byScenario().keySet().stream().mapToInt(Scenario::repeat).max().orElse(1)));
        eval.put("revision", Map.of("type", "git", "origin", "signpost", "commit", run.commit()));
        eval.put("packages", Map.of("signpost", "0.1.0-SNAPSHOT"));
        eval.put("metadata", Map.of("capabilities", run.capabilities().stream().sorted().toList()));
        log.put("eval", eval);
        log.put("plan", Map.of("name", "plan", "steps", List.of(Map.of("solver", "signpost_turn_loop",
                "params", Map.of("provider", run.provider()))), "config", Map.of()));
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("total_samples", scores.size());
        results.put("completed_samples", scores.size());
        List<Map<String, Object>> evalScores = new ArrayList<>();
        Metrics overall = run.overall();
        Map<String, Object> metrics = new LinkedHashMap<>();
        Metrics.HEADLINES.keySet().forEach(name -> {
            Double value = overall.headline(name);
            metrics.put(name, Map.of("name", name, "value", value == null ? 0.0 : value, "params", Map.of()));
        });
        evalScores.add(Map.of("name", "deterministic_checks", "scorer", "deterministic_checks",
                "scored_samples", run.headlineScores().size(), "unscored_samples", run.pendingScores().size(),
                "params", Map.of(), "metrics", metrics));
        results.put("scores", evalScores);
        log.put("results", results);
        long input = 0;
        long output = 0;
        for (Scorer.Score s : scores) {
            for (Transcript.Turn t : s.transcript().turns()) {
                input += t.trace().inputTokens();
                output += t.trace().outputTokens();
            }
        }
        log.put("stats", Map.of("started_at", run.started().toString(), "completed_at", run.completed().toString(),
                "model_usage", Map.of(run.provider() + "/" + run.model(), usage(input, output))));
        List<Map<String, Object>> samples = new ArrayList<>();
        scores.forEach(s -> samples.add(sample(run, s)));
        log.put("samples", samples);
        return JSON.writeValueAsString(log);
    }

    private static Map<String, Object> usage(long input, long output) {
        return Map.of("input_tokens", input, "output_tokens", output, "total_tokens", input + output);
    }

    private static Map<String, Object> sample(EvalRun run, Scorer.Score score) {
        Map<String, Object> sample = new LinkedHashMap<>();
        sample.put("id", score.scenario().id());
        sample.put("epoch", score.transcript().attempt());
        sample.put("input", score.scenario().turns().get(0).say());
        sample.put("target", targets(score.scenario()));
        List<Map<String, Object>> messages = new ArrayList<>();
        String last = "";
        for (Transcript.Turn t : score.transcript().turns()) {
            messages.add(Map.of("role", "user", "content", t.say(), "source", "input"));
            messages.add(Map.of("role", "assistant", "content", t.text(), "source", "generate"));
            last = t.text();
        }
        sample.put("messages", messages);
        sample.put("output", Map.of("model", run.model(), "choices", List.of(Map.of(
                "message", Map.of("role", "assistant", "content", last, "source", "generate"),
                "stop_reason", "stop"))));
        Map<String, Object> scores = new LinkedHashMap<>();
        scores.put("deterministic_checks", Map.of("value", score.passed() ? "C" : "I",
                "answer", last.length() > 500 ? last.substring(0, 500) : last,
                "explanation", score.checks().stream().filter(c -> !c.passed())
                        .map(c -> c.name() + ": " + c.detail()).reduce((a, b) -> a + "\n" + b).orElse("All checks passed.")));
        sample.put("scores", scores);
        sample.put("metadata", Map.of("journey", score.scenario().journey(), "title", score.scenario().title(),
                "requires", score.scenario().requires(), "pending", run.pending(score.scenario())));
        return sample;
    }

    private static List<String> targets(Scenario scenario) {
        List<String> targets = new ArrayList<>(scenario.expect().signposts());
        scenario.turns().forEach(t -> targets.addAll(t.expectations().signposts()));
        return targets.isEmpty() ? List.of(scenario.title()) : targets.stream().distinct().toList();
    }
}
