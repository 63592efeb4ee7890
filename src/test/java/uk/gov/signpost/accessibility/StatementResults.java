package uk.gov.signpost.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.support.Axe;

/**
 * The results file the accessibility statement page reads ({@code src/main/resources/accessibility/axe-results.json}):
 * written from a run of {@link AccessibilityIT} on request, and checked against every other run.
 */
final class StatementResults {

    static final Path FILE = Path.of("src", "main", "resources", "accessibility", "axe-results.json");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private StatementResults() {}

    static void check(List<PageStates.Checked> results, boolean record) throws IOException {
        List<Map<String, Object>> states = new ArrayList<>();
        results.stream().sorted(Comparator.comparing(PageStates.Checked::name)).forEach(r -> {
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("name", r.name());
            state.put("path", r.path());
            state.put("violations", r.rules().size());
            state.put("rules", r.rules());
            states.add(state);
        });
        if (record) {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("tested_on", LocalDate.now(ZoneOffset.UTC).toString());
            file.put("tool", Axe.VERSION);
            file.put("rules", Axe.TAGS);
            file.put("states", states);
            Files.writeString(FILE, JSON.writeValueAsString(file) + "\n", StandardCharsets.UTF_8);
            return;
        }
        JsonNode committed = JSON.readTree(Files.readString(FILE, StandardCharsets.UTF_8));
        String fix = " Run ./mvnw verify -Dit.test=AccessibilityIT -Dsignpost.accessibility.record=true and commit "
                + FILE + " so that the accessibility statement says what the tests found.";
        assertThat(committed.path("tool").asString()).as("axe version in the statement." + fix).isEqualTo(Axe.VERSION);
        assertThat(committed.path("rules")).as("rule sets in the statement." + fix).isEqualTo(JSON.valueToTree(Axe.TAGS));
        assertThat(committed.path("states")).as("page states and results in the statement." + fix)
                .isEqualTo(JSON.valueToTree(states));
    }
}
