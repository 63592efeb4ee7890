package uk.gov.signpost.evaluation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A whole evaluation run: every score, split into the headline set and the pending set (scenarios that need a
 * feature this build does not have), with metrics per scenario, per journey and overall.
 */
record EvalRun(String model, String provider, String commit, Instant started, Instant completed,
        Set<String> capabilities, List<Scorer.Score> scores, ScenarioFiles.Journeys journeys) {

    EvalRun {
        capabilities = Set.copyOf(capabilities);
        scores = List.copyOf(scores);
    }

    /** Whether a scenario needs something this build lacks, so it counts apart from the headline figures. */
    boolean pending(Scenario scenario) {
        return !capabilities.containsAll(scenario.requires());
    }

    List<Scorer.Score> headlineScores() {
        return scores.stream().filter(s -> !pending(s.scenario())).toList();
    }

    List<Scorer.Score> pendingScores() {
        return scores.stream().filter(s -> pending(s.scenario())).toList();
    }

    Metrics overall() {
        return Metrics.of(headlineScores());
    }

    Map<String, Metrics> byJourney() {
        Map<String, List<Scorer.Score>> grouped = new TreeMap<>();
        headlineScores().forEach(s -> grouped.computeIfAbsent(s.scenario().journey(), k -> new ArrayList<>()).add(s));
        Map<String, Metrics> metrics = new LinkedHashMap<>();
        grouped.forEach((journey, list) -> metrics.put(journey, Metrics.of(list)));
        return metrics;
    }

    /** Scores grouped by scenario, in run order. */
    Map<Scenario, List<Scorer.Score>> byScenario() {
        Map<Scenario, List<Scorer.Score>> grouped = new LinkedHashMap<>();
        scores.forEach(s -> grouped.computeIfAbsent(s.scenario(), k -> new ArrayList<>()).add(s));
        return grouped;
    }

    /** Pending scenarios by what they need, with how many of them already pass. */
    Map<String, int[]> pendingByRequirement() {
        Map<String, int[]> counts = new TreeMap<>();
        byScenario().forEach((scenario, list) -> {
            if (!pending(scenario)) {
                return;
            }
            for (String need : scenario.requires()) {
                if (!capabilities.contains(need)) {
                    int[] c = counts.computeIfAbsent(need, k -> new int[2]);
                    c[0]++;
                    c[1] += list.stream().allMatch(Scorer.Score::passed) ? 1 : 0;
                }
            }
        });
        return counts;
    }
}
