package uk.gov.signpost.safety.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.safety.internal.ToolCorpus.Document;
import uk.gov.signpost.safety.internal.ToolCorpus.Half;

/**
 * Trains the injection classifier and writes {@code src/main/resources/safety/injection-classifier.txt}. Not part of
 * the normal build (the class name does not end in Test, and it needs a system property). Deterministic: the same
 * data gives the same weights. Run it with:
 *
 * <pre>./mvnw -B -o test -Djacoco.skip=true -Dtest=InjectionClassifierTraining -Dsafety.train=true</pre>
 *
 * Training data: the deepset prompt-injection train split, Signpost's own examples
 * ({@code safety/training/injection-own.csv}), the offline mode's intent examples ({@code offline/intents.json},
 * all honest messages), and passages from the training half of the bundled adverts and
 * GOV.UK pages, some with one of the own tool-channel examples inserted. Never the evaluation sets.
 */
@EnabledIfSystemProperty(named = "safety.train", matches = "true")
class InjectionClassifierTraining {

    record Example(String text, int label) {}

    private static final Pattern TOOL_STYLE = Pattern.compile(
            "(?i)\\b(?:assistant|ai|chatbots?|bot|model|language model|summari[sz]ers?|automated|cynorthwyydd|fodel)\\b");

    @Test
    void train_and_write_the_weights() throws IOException {
        List<Example> examples = examples();
        List<float[]> vectors = new ArrayList<>();
        long started = System.nanoTime();
        for (Example e : examples) {
            vectors.add(TestEmbedders.MINILM.embed(InjectionNormaliser.normalise(e.text()).plain()));
        }
        System.out.printf(Locale.ROOT, "TRAINING embedded %d texts in %.1f s%n", examples.size(),
                (System.nanoTime() - started) / 1e9);

        List<Integer> train = new ArrayList<>();
        List<Integer> dev = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            (i % 5 == 0 ? dev : train).add(i);
        }
        LogisticModel held = LogisticTraining.fit(vectors, labels(examples), train);
        for (double t : new double[] {0.3, 0.5, 0.7, 0.9}) {
            long tp = 0;
            long fp = 0;
            long pos = 0;
            long neg = 0;
            for (int i : dev) {
                boolean flagged = held.probability(vectors.get(i)) >= t;
                if (examples.get(i).label() == 1) {
                    pos++;
                    tp += flagged ? 1 : 0;
                } else {
                    neg++;
                    fp += flagged ? 1 : 0;
                }
            }
            System.out.println("TRAINING dev fold at " + t + ": detection " + EvaluationSet.percent(tp, pos)
                    + ", false positives " + EvaluationSet.percent(fp, neg));
        }

        List<Integer> all = new ArrayList<>(train);
        all.addAll(dev);
        LogisticModel model = LogisticTraining.fit(vectors, labels(examples), all);
        Path out = Path.of("src/main/resources/safety/injection-classifier.txt");
        Files.writeString(out, model.format("""
                Injection classifier: logistic regression over all-MiniLM-L6-v2 embeddings of InjectionNormaliser's view.
                Written by InjectionClassifierTraining (see docs/safety.md); do not edit by hand.
                Trained on %d texts (%d injections): deepset/prompt-injections train split (Apache-2.0),
                safety/training/injection-own.csv, offline/intents.json, and passages from the training half of the bundled adverts and
                GOV.UK pages.""".formatted(examples.size(), examples.stream().filter(e -> e.label() == 1).count())),
                StandardCharsets.UTF_8);
        System.out.println("TRAINING wrote " + out.toAbsolutePath());
    }

    private static int[] labels(List<Example> examples) {
        return examples.stream().mapToInt(Example::label).toArray();
    }

    static List<Example> examples() throws IOException {
        List<Example> examples = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        try (var in = InjectionClassifierTraining.class.getResourceAsStream("/safety/training/deepset_train.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode node = json.readTree(line);
                    examples.add(new Example(node.get("text").asString(), node.get("label").asInt()));
                }
            }
        }
        List<EvaluationSet.Row> own = EvaluationSet.read("/safety/training/injection-own.csv", 1);
        List<String> toolStyle = new ArrayList<>();
        for (EvaluationSet.Row row : own) {
            int label = Integer.parseInt(row.field(0));
            examples.add(new Example(row.text(), label));
            if (label == 1 && TOOL_STYLE.matcher(row.text()).find()) {
                toolStyle.add(row.text());
            }
        }
        try (var in = InjectionClassifierTraining.class.getResourceAsStream("/offline/intents.json")) {
            for (JsonNode intent : json.readTree(in).get("intents")) {
                for (JsonNode example : intent.get("examples")) {
                    examples.add(new Example(example.asString(), 0));
                }
            }
        }
        List<Document> documents = new ArrayList<>(ToolCorpus.adverts(Half.TRAINING));
        documents.addAll(ToolCorpus.guidance(Half.TRAINING));
        int inserted = 0;
        for (int d = 0; d < documents.size(); d++) {
            List<String> passages = InjectionClassifier.passages(
                    InjectionNormaliser.normalise(documents.get(d).text()).plain());
            for (int p = 0; p < passages.size() && p < 3; p++) {
                examples.add(new Example(passages.get(p), 0));
            }
            if (d % 4 == 0 && passages.size() > 1) {
                String sentence = toolStyle.get(inserted++ % toolStyle.size());
                String passage = passages.get(1);
                int cut = passage.indexOf(". ", passage.length() / 3);
                String withInjection = cut < 0 ? passage + " " + sentence
                        : passage.substring(0, cut + 2) + sentence + " " + passage.substring(cut + 2);
                examples.add(new Example(withInjection, 1));
            }
        }
        return examples;
    }
}
