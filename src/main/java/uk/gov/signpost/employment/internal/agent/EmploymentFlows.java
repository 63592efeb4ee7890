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
import uk.gov.signpost.model.Language;

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
    private final List<FlowDefinition> welshFlows;

    EmploymentFlows() {
        List<FlowDefinition> loaded = new ArrayList<>();
        List<FlowDefinition> welsh = new ArrayList<>();
        for (String file : FILES) {
            FlowDefinition flow = load(read(file, FlowFile.class));
            loaded.add(flow);
            welsh.add(inWelsh(flow, read(file.replace("flows/", "flows/cy/"), WelshFlowFile.class)));
        }
        this.flows = List.copyOf(loaded);
        this.welshFlows = List.copyOf(welsh);
    }

    @Override
    public List<FlowDefinition> flows() {
        return flows;
    }

    @Override
    public List<FlowDefinition> flows(Language language) {
        return language == Language.WELSH ? welshFlows : flows;
    }

    /**
     * The flow with its intro, questions and option labels from its Welsh file ({@code employment/flows/cy/}).
     * Every question and every option must have Welsh, or the service does not start.
     */
    private static FlowDefinition inWelsh(FlowDefinition flow, WelshFlowFile welsh) {
        List<FlowDefinition.Slot> slots = new ArrayList<>();
        for (FlowDefinition.Slot slot : flow.slots()) {
            WelshSlot text = welsh.slots().get(slot.name());
            if (text == null) {
                throw new IllegalStateException("No Welsh for question " + slot.name() + " of flow " + flow.name());
            }
            Map<String, String> options = new LinkedHashMap<>();
            for (String value : slot.options().keySet()) {
                String label = text.options() == null ? null : text.options().get(value);
                if (label == null) {
                    throw new IllegalStateException("No Welsh for option " + value + " of " + slot.name());
                }
                options.put(value, label);
            }
            slots.add(new FlowDefinition.Slot(slot.name(), text.ask(), slot.type(), options, slot.askWhen(),
                    slot.derive()));
        }
        return new FlowDefinition(flow.name(), flow.description(), welsh.intro(), slots, flow.complete());
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

    /** A flow's Welsh file: the intro, and each question's text and option labels by slot name. */
    record WelshFlowFile(String intro, Map<String, WelshSlot> slots) {}

    /** One question in Welsh. */
    record WelshSlot(String ask, @Nullable Map<String, String> options) {}

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
