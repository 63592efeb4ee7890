package uk.gov.signpost.safety.internal;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import uk.gov.signpost.model.TextEmbedder;
import uk.gov.signpost.safety.CrisisAssessment;
import uk.gov.signpost.safety.CrisisDetector;
import uk.gov.signpost.safety.HarmfulRequestDetector;
import uk.gov.signpost.safety.InjectionAssessment;
import uk.gov.signpost.safety.InjectionDetector;
import uk.gov.signpost.safety.PersonalDataSpan;
import uk.gov.signpost.safety.Pseudonymised;
import uk.gov.signpost.safety.Pseudonymiser;
import uk.gov.signpost.safety.TextChannel;

/**
 * Scores a JSON Lines file of texts with every detector, without starting the application: one
 * {@code {"text": "...", "channel": "user"|"tool"}} object a line in, one assessment a line out, in the same order
 * and with the same fields as {@code POST /api/v1/safety/assess} (plus each detector's code). A line that cannot be
 * read gives {@code {"error": "invalid_text"}} or {@code {"error": "invalid_channel"}}, so line numbers still match.
 * An {@code id} on the input line is copied to the output. The command is in {@code docs/safety.md}:
 *
 * <pre>./mvnw -B -q compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.mainClass=uk.gov.signpost.safety.internal.AssessFile -Dexec.args="texts.jsonl assessments.jsonl"</pre>
 *
 * With no arguments, or {@code -}, it reads standard input and writes standard output. The output holds the
 * pseudonymised text and where personal data was found: treat it as personal data.
 */
public final class AssessFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Pseudonymiser pseudonymiser;
    private final CrisisDetector crisis;
    private final InjectionDetector injection;
    private final HarmfulRequestDetector harmful;

    AssessFile(Pseudonymiser pseudonymiser, CrisisDetector crisis, InjectionDetector injection,
            HarmfulRequestDetector harmful) {
        this.pseudonymiser = pseudonymiser;
        this.crisis = crisis;
        this.injection = injection;
        this.harmful = harmful;
    }

    /** The detectors as the application builds them, with the same MiniLM model. */
    static AssessFile withTheApplicationsDetectors() {
        TextEmbedder embedder = miniLm();
        return new AssessFile(new RuleBasedPseudonymiser(), new LayeredCrisisDetector(embedder),
                new LayeredInjectionDetector(embedder), new PatternHarmfulRequestDetector());
    }

    public static void main(String[] args) throws IOException {
        String in = args.length > 0 ? args[0] : "-";
        String out = args.length > 1 ? args[1] : "-";
        try (Reader reader = in.equals("-") ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
                : Files.newBufferedReader(Path.of(in), StandardCharsets.UTF_8);
                Writer writer = out.equals("-") ? new OutputStreamWriter(System.out, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8)) {
            int lines = withTheApplicationsDetectors().assessAll(reader, writer);
            System.err.println("Assessed " + lines + " lines");
        }
    }

    /** Reads every line and writes one assessment a line; returns how many lines it read. */
    int assessAll(Reader reader, Writer writer) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        PrintWriter out = new PrintWriter(writer);
        int count = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            out.println(JSON.writeValueAsString(assessLine(line)));
            count++;
        }
        out.flush();
        return count;
    }

    ObjectNode assessLine(String line) {
        ObjectNode result = JSON.createObjectNode();
        JsonNode input;
        try {
            input = JSON.readTree(line);
        } catch (JacksonException e) {
            return result.put("error", "invalid_text");
        }
        if (input.hasNonNull("id")) {
            result.set("id", input.get("id"));
        }
        JsonNode textNode = input.get("text");
        if (textNode == null || !textNode.isString() || textNode.asString().isBlank()
                || textNode.asString().length() > SafetyAssessmentController.MAX_LENGTH) {
            return result.put("error", "invalid_text");
        }
        Optional<TextChannel> channel = TextChannel.of(input.hasNonNull("channel") ? input.get("channel").asString()
                : "user");
        if (channel.isEmpty()) {
            return result.put("error", "invalid_channel");
        }
        String text = textNode.asString();
        InjectionAssessment injected = injection.assess(text, channel.get());
        result.putObject("injection").put("score", injected.score()).put("flagged", injected.flagged())
                .put("code", injected.code());
        CrisisAssessment atRisk = crisis.assess(text);
        result.putObject("crisis").put("flagged", atRisk.flagged()).put("severity", atRisk.severity().code())
                .put("code", atRisk.code());
        String category = harmful.assess(text);
        result.putObject("harmful").put("flagged", !"none".equals(category)).put("code", category);
        Pseudonymised pseudonymised = pseudonymiser.pseudonymise(text);
        ArrayNode pii = result.putArray("pii");
        for (PersonalDataSpan span : pseudonymised.found()) {
            pii.addObject().put("type", span.type().label()).put("start", span.start()).put("end", span.end());
        }
        result.put("pseudonymised_text", pseudonymised.text());
        return result;
    }

    private static TextEmbedder miniLm() {
        AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        return text -> {
            float[] vector = model.embed(text).content().vector();
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
    }
}
