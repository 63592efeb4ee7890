package uk.gov.signpost.employment.internal.agent;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.agent.FlowDefinition;
import uk.gov.signpost.agent.FlowSource;

/**
 * The employment pack's guided flows, from {@code employment/flows/*.json}. The "check what support I can get"
 * flow takes its questions, options and branching from GOV.UK's rules data, so the flow and the checker can
 * never disagree; the flow file adds only how to fill answers from facts the person has already given.
 */
@Component
class EmploymentFlows implements FlowSource {

    private static final JsonMapper JSON =
            JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final List<String> FILES =
            List.of("employment/flows/check_support.json", "employment/flows/find_training.json",
                    "employment/flows/find_job.json");

    private final List<FlowDefinition> flows;

    EmploymentFlows() {
        List<FlowDefinition> loaded = new ArrayList<>();
        for (String file : FILES) {
            loaded.add(load(read(file, FlowFile.class)));
        }
        this.flows = List.copyOf(loaded);
    }

    @Override
    public List<FlowDefinition> flows() {
        return flows;
    }

    private static FlowDefinition load(FlowFile file) {
        List<FlowDefinition.Slot> slots = new ArrayList<>(file.slots() == null ? List.of() : file.slots());
        if (file.questionsFrom() != null) {
            JsonNode rules = read(file.questionsFrom(), JsonNode.class);
            for (JsonNode question : rules.path("questions")) {
                slots.add(slot(question, file.derive() == null ? Map.of() : file.derive()));
            }
        }
        return new FlowDefinition(file.name(), file.description(), file.intro(), slots, file.complete());
    }

    private static FlowDefinition.Slot slot(JsonNode question, Map<String, List<FlowDefinition.Derivation>> derive) {
        String id = question.path("id").asString();
        Map<String, String> options = new LinkedHashMap<>();
        question.path("options").forEach(o -> options.put(o.path("value").asString(), o.path("label").asString()));
        String ask = question.path("text").asString();
        JsonNode hint = question.path("hint");
        if (hint.isString() && !hint.asString().contains("http")) {
            ask = ask + " " + hint.asString();
        }
        FlowDefinition.Condition when = null;
        JsonNode askedWhen = question.path("asked_when");
        if (askedWhen.isObject()) {
            List<String> values = new ArrayList<>();
            JsonNode is = askedWhen.path("is");
            if (is.isArray()) {
                is.forEach(v -> values.add(v.asString()));
            } else {
                values.add(is.asString());
            }
            when = new FlowDefinition.Condition(askedWhen.path("question").asString(), values);
        }
        String type = question.path("type").asString().equals("checkbox") ? "multi_choice" : "choice";
        return new FlowDefinition.Slot(id, ask, type, options, when, derive.getOrDefault(id, List.of()));
    }

    private static <T> T read(String path, Class<T> type) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + path, e);
        }
    }

    /** A flow file: its own slots and/or questions taken from a rules file, plus derivations by slot. */
    record FlowFile(
            String name,
            String description,
            String intro,
            @Nullable List<FlowDefinition.Slot> slots,
            @JsonProperty("questions_from") @Nullable String questionsFrom,
            @Nullable Map<String, List<FlowDefinition.Derivation>> derive,
            FlowDefinition.Completion complete) {}
}
