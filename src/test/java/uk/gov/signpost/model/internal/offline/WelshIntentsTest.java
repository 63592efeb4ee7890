package uk.gov.signpost.model.internal.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.signpost.employment.internal.offline.EmploymentIntents;
import uk.gov.signpost.model.Commands;
import uk.gov.signpost.model.DialogueContext;
import uk.gov.signpost.model.Language;
import uk.gov.signpost.model.ModelMessage;
import uk.gov.signpost.model.ModelRequest;
import uk.gov.signpost.model.ModelResponse;
import uk.gov.signpost.model.TextEmbedder;
import uk.gov.signpost.model.TokenSink;
import uk.gov.signpost.model.internal.offline.extraction.EntityExtractor;

/**
 * Offline mode understands common Welsh phrasings of the main intents. The sets were written apart from the Welsh
 * keywords in {@code offline/intents.json}, and none of their sentences is an example it was given. The classifier
 * is the real one, with the real MiniLM model. MiniLM knows little Welsh, so Welsh is recognised by keywords only:
 * Welsh example sentences made unrelated Welsh answers ("gwaith gweinyddol") look like each other, and were taken
 * out.
 *
 * <p>Measured: the first set ({@code welsh-phrasings.csv}) scored 34/40 before any tuning; its misses were
 * mutated forms ("fy niswyddo", "golli fy swydd", "gynghorydd"), which were then added as keywords, so that set
 * is no longer held out. The second set ({@code welsh-phrasings-round2.csv}) was written after that tuning and
 * before it was first run; see docs/welsh.md for its score.
 */
class WelshIntentsTest {

    private static final AllMiniLmL6V2QuantizedEmbeddingModel MODEL = new AllMiniLmL6V2QuantizedEmbeddingModel();
    private static final TextEmbedder MINILM = text -> {
        float[] vector = MODEL.embed(text).content().vector();
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        float scale = norm == 0 ? 0f : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
        return vector;
    };
    private static final EmploymentIntents INTENTS = new EmploymentIntents();
    private static final IntentClassifier CLASSIFIER = new IntentClassifier(INTENTS.intents(), MINILM, 0.35);

    @Test
    void at_least_nine_in_ten_held_out_welsh_phrasings_are_understood() throws IOException {
        List<String[]> rows = new ArrayList<>(rows("offline/welsh-phrasings.csv"));
        rows.addAll(rows("offline/welsh-phrasings-round2.csv"));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(60);
        List<String> misses = misses(rows);
        double accuracy = 1 - (double) misses.size() / rows.size();
        int secondSet = rows("offline/welsh-phrasings-round2.csv").size();
        int secondMisses = misses(rows("offline/welsh-phrasings-round2.csv")).size();
        System.out.printf("Welsh intent accuracy: %d/%d = %.3f (second set alone: %d/%d)%n",
                rows.size() - misses.size(), rows.size(), accuracy, secondSet - secondMisses, secondSet);
        assertThat(accuracy).as("accuracy; misses: %s", misses).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void none_of_the_held_out_phrasings_is_an_example_it_was_given() throws IOException {
        List<String> examples = INTENTS.intents().stream().flatMap(i -> i.examples().stream())
                .map(e -> e.toLowerCase(java.util.Locale.ROOT)).toList();
        List<String[]> rows = new ArrayList<>(rows("offline/welsh-phrasings.csv"));
        rows.addAll(rows("offline/welsh-phrasings-round2.csv"));
        for (String[] row : rows) {
            assertThat(examples).doesNotContain(row[0].toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void welsh_yes_no_and_stop_answer_a_question_or_a_flow() {
        OfflineLanguageModel model = new OfflineLanguageModel(CLASSIFIER,
                new EntityExtractor(text -> Optional.empty()), Duration.ZERO, Duration.ZERO);
        DialogueContext confirming = new DialogueContext(null, null, true, List.of(), Language.WELSH);
        DialogueContext inFlow = new DialogueContext("find_job", "location", false, List.of("find_job"),
                Language.WELSH);

        assertThat(firstCommand(model, "Ydw", confirming)).isEqualTo(Commands.CONFIRM);
        assertThat(firstCommand(model, "Iawn, ewch ymlaen", confirming)).isEqualTo(Commands.CONFIRM);
        assertThat(firstCommand(model, "Nac ydw", confirming)).isEqualTo(Commands.DECLINE);
        assertThat(firstCommand(model, "Na, dim diolch", confirming)).isEqualTo(Commands.DECLINE);
        assertThat(firstCommand(model, "Stopio", inFlow)).isEqualTo(Commands.CANCEL_FLOW);
        assertThat(firstCommand(model, "Canslo hyn", inFlow)).isEqualTo(Commands.CANCEL_FLOW);
    }

    @Test
    void an_answer_to_a_flow_question_that_sounds_like_asking_for_a_person_answers_the_question() {
        OfflineLanguageModel model = new OfflineLanguageModel(CLASSIFIER,
                new EntityExtractor(text -> Optional.empty()), Duration.ZERO, Duration.ZERO);
        DialogueContext askingForAJob = new DialogueContext("find_job", "job_query", false, List.of("find_job"),
                Language.WELSH);

        assertThat(firstCommand(model, "administrative officer", askingForAJob)).isEqualTo(Commands.SET_SLOTS);
        assertThat(firstCommand(model, "Dw i eisiau siarad â pherson", askingForAJob)).isEqualTo(Commands.HANDOFF);
    }

    @Test
    void the_reply_for_an_intent_that_only_signposts_is_in_welsh_for_a_welsh_turn() {
        OfflineLanguageModel model = new OfflineLanguageModel(CLASSIFIER,
                new EntityExtractor(text -> Optional.empty()), Duration.ZERO, Duration.ZERO);
        DialogueContext welsh = new DialogueContext(null, null, false, List.of(), Language.WELSH);

        ModelResponse response = model.call(new ModelRequest("", List.of(new ModelMessage.Person(
                "Ces i fy niswyddo ddoe")), List.of(), welsh, 100), TokenSink.IGNORE);

        assertThat(response.text()).startsWith("Mae'n ddrwg gen i fod hyn yn digwydd i chi.");
    }

    private static List<String> misses(List<String[]> rows) {
        List<String> misses = new ArrayList<>();
        for (String[] row : rows) {
            String intent = CLASSIFIER.classify(row[0]).intent().intent();
            if (!intent.equals(row[1])) {
                misses.add(row[0] + " -> " + intent + " (expected " + row[1] + ")");
            }
        }
        return misses;
    }

    private static String firstCommand(OfflineLanguageModel model, String text, DialogueContext context) {
        ModelResponse response = model.call(new ModelRequest("", List.of(new ModelMessage.Person(text)), List.of(),
                context, 100), TokenSink.IGNORE);
        return response.toolCalls().get(0).name();
    }

    private static List<String[]> rows(String file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources", file), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            int comma = line.lastIndexOf(',');
            rows.add(new String[] {line.substring(0, comma).replaceAll("^\"|\"$", ""), line.substring(comma + 1)});
        }
        return rows;
    }
}
