package uk.gov.signpost.safety.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.safety.PersonalDataSpan;

/**
 * How long the pseudonymiser takes to scan 1 MB (1,048,576 characters) of real Civil Service job adverts with a
 * sentence of personal data (a NINO, a phone number, an email, a full postcode, a name and a date of birth) every
 * 4,000 characters. Run with {@code ./mvnw -B -Pjmh test}; the figure is in {@code docs/benchmarks.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class PseudonymiserBenchmark {

    static final int SIZE = 1_048_576;
    private static final String PERSONAL = " Contact me: my name is Sam Jones, NI number JG 12 34 56 C, phone 07700 900123,"
            + " email sam.jones@example.com, I live at 12 Acacia Avenue, LS6 1AA, born 12 March 1980. ";

    private final RuleBasedPseudonymiser pseudonymiser = new RuleBasedPseudonymiser();
    private String text = "";

    @Setup
    public void setUp() throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        StringBuilder adverts = new StringBuilder();
        try (InputStream raw = Objects.requireNonNull(
                getClass().getResourceAsStream("/data/jobs/civil_service_jobs_full_text.jsonl.gz"));
                InputStream in = new GZIPInputStream(raw)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    adverts.append(json.readTree(line).get("text").asString()).append("\n\n");
                }
            }
        }
        StringBuilder out = new StringBuilder(SIZE + 4_000);
        for (int at = 0; out.length() < SIZE; at += 4_000) {
            int from = at % (adverts.length() - 4_000);
            out.append(adverts, from, from + 4_000).append(PERSONAL);
        }
        text = out.substring(0, SIZE);
    }

    @Benchmark
    public List<PersonalDataSpan> scanOneMegabyte() {
        return pseudonymiser.scan(text);
    }

    @Benchmark
    public List<PersonalDataSpan> scanOneMegabyteAtEveryPosition() {
        return pseudonymiser.scanWholeText(text);
    }
}
