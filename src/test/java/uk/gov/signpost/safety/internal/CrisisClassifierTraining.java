package uk.gov.signpost.safety.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Trains the crisis classifier and writes {@code src/main/resources/safety/crisis-classifier.txt}. Not part of the
 * normal build. Deterministic. Run it with:
 *
 * <pre>./mvnw -B -o test -Djacoco.skip=true -Dtest=CrisisClassifierTraining -Dsafety.train=true</pre>
 *
 * Training data: the tuning sets ({@code crisis.csv}, {@code crisis-round2.csv}), the first held-out set
 * ({@code crisis-holdout.csv}, which is therefore no longer held out), the similarity layer's example sentences,
 * and the offline mode's intent examples as ordinary messages. Never {@code crisis-holdout-2.csv}.
 */
@EnabledIfSystemProperty(named = "safety.train", matches = "true")
class CrisisClassifierTraining {

    @Test
    void train_and_write_the_weights() throws IOException {
        List<String> texts = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (String set : List.of("/safety/crisis.csv", "/safety/crisis-round2.csv", "/safety/crisis-holdout.csv")) {
            for (EvaluationSet.Row row : EvaluationSet.read(set, 2)) {
                texts.add(row.text());
                labels.add(row.field(0).equals("crisis") ? 1 : 0);
            }
        }
        for (SimilarityCrisisSignal.Example example : SimilarityCrisisSignal.load()) {
            texts.add(example.sentence());
            labels.add(example.crisis() ? 1 : 0);
        }
        JsonMapper json = JsonMapper.builder().build();
        try (var in = getClass().getResourceAsStream("/offline/intents.json")) {
            for (JsonNode intent : json.readTree(in).get("intents")) {
                for (JsonNode example : intent.get("examples")) {
                    texts.add(example.asString());
                    labels.add(0);
                }
            }
        }
        List<float[]> vectors = texts.stream().map(t -> TestEmbedders.MINILM.embed(CrisisClassifier.prepare(t)))
                .toList();
        int[] y = labels.stream().mapToInt(Integer::intValue).toArray();
        List<Integer> train = new ArrayList<>();
        List<Integer> dev = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            (i % 5 == 0 ? dev : train).add(i);
        }
        LogisticModel held = LogisticTraining.fit(vectors, y, train);
        for (double t : new double[] {0.5, 0.7, 0.8, 0.9, 0.95}) {
            long tp = dev.stream().filter(i -> y[i] == 1 && held.probability(vectors.get(i)) >= t).count();
            long fp = dev.stream().filter(i -> y[i] == 0 && held.probability(vectors.get(i)) >= t).count();
            long pos = dev.stream().filter(i -> y[i] == 1).count();
            System.out.println(String.format(Locale.ROOT, "TRAINING dev fold at %.2f: recall %s, false positives %s", t,
                    EvaluationSet.percent(tp, pos), EvaluationSet.percent(fp, dev.size() - pos)));
        }
        List<Integer> all = new ArrayList<>(train);
        all.addAll(dev);
        LogisticModel model = LogisticTraining.fit(vectors, y, all);
        Path out = Path.of("src/main/resources/safety/crisis-classifier.txt");
        Files.writeString(out, model.format("""
                Crisis classifier: logistic regression over all-MiniLM-L6-v2 embeddings of CrisisClassifier.prepare(text).
                Written by CrisisClassifierTraining (see docs/safety.md); do not edit by hand.
                Trained on %d texts (%d crisis): crisis.csv, crisis-round2.csv, crisis-holdout.csv,
                crisis-exemplars.txt and offline/intents.json. Not on crisis-holdout-2.csv.""".formatted(texts.size(),
                labels.stream().filter(l -> l == 1).count())), StandardCharsets.UTF_8);
        System.out.println("TRAINING wrote " + out.toAbsolutePath());
    }
}
