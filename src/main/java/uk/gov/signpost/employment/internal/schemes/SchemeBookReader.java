package uk.gov.signpost.employment.internal.schemes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.employment.Nation;
import uk.gov.signpost.employment.SchemeResult.Eligible;
import uk.gov.signpost.employment.internal.schemes.Condition.Compare.Comparison;
import uk.gov.signpost.employment.internal.schemes.Scheme.Requirement;
import uk.gov.signpost.employment.internal.schemes.Scheme.Source;

/**
 * Loads {@code employment/schemes.json} and checks that it hangs together: known facts, tests that suit each fact
 * (numbers for ages, known options for choices), known nations, https links and dated sources. A broken file stops
 * the application starting rather than giving people wrong answers.
 *
 * <p>A condition is one of: {@code {"fact": F, "is": true|false}}, {@code {"fact": F, "in": [...]}},
 * {@code {"fact": F, "at_least"|"at_most"|"more_than": n}}, {@code {"fact": F, "includes_any": [...]}},
 * {@code {"all": [...]}}, {@code {"any": [...]}}, {@code {"not": C}} and {@code {"if": C, "then": C}}.
 */
final class SchemeBookReader {

    static final String DEFAULT_LOCATION = "employment/schemes.json";

    private final JsonMapper mapper = JsonMapper.builder().build();

    static SchemeBook readDefault() {
        try (InputStream in = SchemeBookReader.class.getClassLoader().getResourceAsStream(DEFAULT_LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("Schemes data is missing from the classpath: " + DEFAULT_LOCATION);
            }
            return new SchemeBookReader().read(mapper(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + DEFAULT_LOCATION, e);
        }
    }

    private static JsonNode mapper(InputStream in) {
        return JsonMapper.builder().build().readTree(in);
    }

    SchemeBook read(String json) {
        return read(mapper.readTree(json));
    }

    SchemeBook read(JsonNode root) {
        List<Scheme> schemes = new ArrayList<>();
        for (JsonNode node : array(root, "schemes", "root")) {
            schemes.add(scheme(node));
        }
        if (schemes.isEmpty()) {
            throw invalid("root", "there are no schemes");
        }
        return new SchemeBook(date(root, "checked", "root"), schemes);
    }

    private Scheme scheme(JsonNode node) {
        String key = text(node, "key", "schemes");
        String where = "schemes." + key;
        String status = text(node, "status", where);
        if (!status.equals("open") && !status.equals("closed")) {
            throw invalid(where, "status must be open or closed");
        }
        boolean open = status.equals("open");
        String closed = optionalText(node, "closed");
        if (open == (closed != null)) {
            throw invalid(where, "a closed scheme says why in 'closed', and only a closed one");
        }
        List<Requirement> requirements = new ArrayList<>();
        int i = 0;
        for (JsonNode requirement : array(node, "requirements", where)) {
            requirements.add(requirement(requirement, where + ".requirements[" + i++ + "]"));
        }
        List<Source> sources = new ArrayList<>();
        for (JsonNode source : array(node, "sources", where)) {
            sources.add(new Source(text(source, "url", where), date(source, "checked", where),
                    text(source, "note", where)));
        }
        Map<Nation, String> otherNations = new EnumMap<>(Nation.class);
        JsonNode notes = node.path("other_nations");
        for (String nation : notes.propertyNames()) {
            otherNations.put(nation(nation, where + ".other_nations"), text(notes, nation, where));
        }
        Set<Nation> nations = EnumSet.noneOf(Nation.class);
        for (JsonNode nation : array(node, "nations", where)) {
            nations.add(nation(nation.asString(), where));
        }
        try {
            return new Scheme(key, text(node, "title", where), closed, nations, text(node, "url", where), sources,
                    requirements, open ? eligible(text(node, "when_met", where), where) : Eligible.NO,
                    open ? text(node, "met_reason", where) : "", otherNations);
        } catch (IllegalArgumentException e) {
            throw invalid(where, e.getMessage());
        }
    }

    private Requirement requirement(JsonNode node, String where) {
        String whenNotMet = optionalText(node, "when_not_met");
        return new Requirement(
                condition(node.path("when"), where + ".when"),
                whenNotMet == null ? Eligible.NO : eligible(whenNotMet, where),
                text(node, "not_met", where),
                text(node, "unknown", where));
    }

    Condition condition(JsonNode node, String where) {
        if (!node.isObject()) {
            throw invalid(where, "a condition must be an object");
        }
        if (node.has("all")) {
            return new Condition.All(each(node, "all", where));
        }
        if (node.has("any")) {
            return new Condition.Any(each(node, "any", where));
        }
        if (node.has("not")) {
            only(node, 1, where);
            return new Condition.Not(condition(node.get("not"), where + ".not"));
        }
        if (node.has("if")) {
            only(node, 2, where);
            return new Condition.IfThen(condition(node.get("if"), where + ".if"),
                    condition(node.path("then"), where + ".then"));
        }
        if (node.has("fact")) {
            return factTest(node, where);
        }
        throw invalid(where, "unknown condition " + node);
    }

    private List<Condition> each(JsonNode node, String name, String where) {
        only(node, 1, where);
        JsonNode parts = node.get(name);
        if (!parts.isArray() || parts.isEmpty()) {
            throw invalid(where, name + " needs a non-empty list");
        }
        List<Condition> conditions = new ArrayList<>();
        int i = 0;
        for (JsonNode part : parts.values()) {
            conditions.add(condition(part, where + "." + name + "[" + i++ + "]"));
        }
        return conditions;
    }

    private Condition factTest(JsonNode node, String where) {
        only(node, 2, where);
        String key = node.get("fact").asString();
        Fact fact = Fact.fromKey(key).orElseThrow(() -> invalid(where, "there is no fact " + key));
        if (node.has("is")) {
            require(fact, Fact.Kind.YES_NO, "is", where);
            if (!node.get("is").isBoolean()) {
                throw invalid(where, "is needs true or false");
            }
            return new Condition.Is(fact, node.get("is").asBoolean());
        }
        if (node.has("in")) {
            require(fact, Fact.Kind.CHOICE, "in", where);
            return new Condition.In(fact, options(fact, node.get("in"), where));
        }
        if (node.has("includes_any")) {
            require(fact, Fact.Kind.SET, "includes_any", where);
            return new Condition.IncludesAny(fact, options(fact, node.get("includes_any"), where));
        }
        for (Comparison comparison : Comparison.values()) {
            String name = comparison.name().toLowerCase(Locale.ROOT);
            if (node.has(name)) {
                require(fact, Fact.Kind.NUMBER, name, where);
                if (!node.get(name).isNumber()) {
                    throw invalid(where, name + " needs a number");
                }
                return new Condition.Compare(fact, comparison, node.get(name).asDouble());
            }
        }
        throw invalid(where, "unknown test on " + key);
    }

    private static Set<String> options(Fact fact, JsonNode values, String where) {
        if (!values.isArray() || values.isEmpty()) {
            throw invalid(where, "expected a non-empty list of " + fact.key() + " values");
        }
        Set<String> options = new LinkedHashSet<>();
        for (JsonNode value : values.values()) {
            if (!value.isString() || !fact.options().contains(value.stringValue())) {
                throw invalid(where, fact.key() + " has no value " + value);
            }
            options.add(value.stringValue());
        }
        return options;
    }

    private static void require(Fact fact, Fact.Kind kind, String test, String where) {
        if (fact.kind() != kind) {
            throw invalid(where, test + " does not suit " + fact.key());
        }
    }

    private static void only(JsonNode node, int fields, String where) {
        if (node.size() != fields) {
            throw invalid(where, "unexpected fields in " + node);
        }
    }

    private static Nation nation(String key, String where) {
        return Nation.fromKey(key).orElseThrow(() -> invalid(where, "unknown nation " + key));
    }

    private static Eligible eligible(String value, String where) {
        return switch (value) {
            case "yes" -> Eligible.YES;
            case "maybe" -> Eligible.MAYBE;
            case "no" -> Eligible.NO;
            default -> throw invalid(where, "expected yes, maybe or no, not " + value);
        };
    }

    private static LocalDate date(JsonNode node, String field, String where) {
        try {
            return LocalDate.parse(text(node, field, where));
        } catch (java.time.format.DateTimeParseException e) {
            throw invalid(where, field + " must be a date like 2026-11-29");
        }
    }

    private static Iterable<JsonNode> array(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw invalid(where, field + " must be a list");
        }
        return value.values();
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString() || value.stringValue().isBlank()) {
            throw invalid(where, field + " must be text");
        }
        return value.stringValue();
    }

    private static @Nullable String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static IllegalStateException invalid(String where, String problem) {
        return new IllegalStateException("Schemes data at " + where + ": " + problem);
    }
}
