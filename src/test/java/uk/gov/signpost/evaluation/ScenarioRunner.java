package uk.gov.signpost.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.support.ApiClient;

/**
 * Plays a scenario through the public API, exactly as a client would, in a new conversation each time. The
 * model behind it is whichever adapter the application is configured with: offline, a fake or Claude.
 */
final class ScenarioRunner {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ApiClient api;
    private final JdbcClient jdbc;
    private final Recorder recorder;

    ScenarioRunner(ApiClient api, JdbcClient jdbc, Recorder recorder) {
        this.api = api;
        this.jdbc = jdbc;
        this.recorder = recorder;
    }

    Transcript play(Scenario scenario, int attempt) {
        ApiClient.Started conversation = api.start();
        List<Transcript.Turn> turns = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (Scenario.Turn turn : scenario.turns()) {
            boolean intact = !turn.comesBackLater() || historyHolds(conversation, said);
            recorder.clear();
            long started = System.nanoTime();
            ApiClient.Response response = api.say(conversation, turn.say());
            long millis = (System.nanoTime() - started) / 1_000_000;
            said.add(turn.say());
            if (response.status() != 200) {
                turns.add(new Transcript.Turn(turn.say(), response.status(), "", List.of(), List.of(),
                        recorder.calls(), recorder.links(), Transcript.Trace.MISSING, millis, intact));
                continue;
            }
            JsonNode body = response.json();
            JsonNode reply = body.get("reply");
            List<String> cards = new ArrayList<>();
            List<String> urls = new ArrayList<>();
            reply.get("signposts").forEach(card -> {
                cards.add(card.get("key").asString());
                urls.add(card.get("url").asString());
            });
            turns.add(new Transcript.Turn(turn.say(), 200, reply.get("text").asString(), cards, urls,
                    recorder.calls(), recorder.links(), trace(UUID.fromString(body.get("message_id").asString())),
                    millis, intact));
        }
        return new Transcript(scenario.id(), attempt, turns);
    }

    /** The person comes back: every message they sent must still be there, each with a reply. */
    private boolean historyHolds(ApiClient.Started conversation, List<String> said) {
        ApiClient.Response history = api.get("/api/v1/conversations/" + conversation.id() + "/messages",
                conversation.auth());
        if (history.status() != 200) {
            return false;
        }
        List<String> texts = new ArrayList<>();
        history.json().get("messages").forEach(m -> texts.add(m.get("text").asString()));
        return texts.size() == said.size() * 2 && texts.containsAll(said);
    }

    private Transcript.Trace trace(UUID messageId) {
        return jdbc.sql("select model, model_calls, input_tokens, output_tokens, cost_pence, total_millis, outcome,"
                        + " steps::text as steps from turn_trace where message_id = ?")
                .param(messageId)
                .query((rs, n) -> new Transcript.Trace(rs.getString("model"), rs.getInt("model_calls"),
                        rs.getLong("input_tokens"), rs.getLong("output_tokens"), rs.getDouble("cost_pence"),
                        rs.getLong("total_millis"), checks(rs.getString("steps")), rs.getString("outcome")))
                .optional()
                .orElse(Transcript.Trace.MISSING);
    }

    private static List<String> checks(String steps) {
        List<String> checks = new ArrayList<>();
        for (JsonNode step : JSON.readTree(steps)) {
            if ("check".equals(step.path("kind").asString(""))) {
                checks.add(step.path("check").asString("") + ":" + step.path("code").asString(""));
            }
        }
        return checks;
    }

    static Map<String, Object> describe(Recorder.Call call) {
        return Map.of("source", call.source(), "name", call.name(), "arguments", call.arguments());
    }
}
