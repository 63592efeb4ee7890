package uk.gov.signpost.employment.internal.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.employment.BenefitsCheckOutcome.AnswerType;
import uk.gov.signpost.employment.internal.eligibility.Question.AskedWhen;
import uk.gov.signpost.employment.internal.eligibility.Question.Option;

/**
 * Loads the rules data and checks it hangs together: questions refer only to earlier radio answers, rules only to
 * known questions, options and nations. A broken file stops the application starting rather than giving wrong
 * answers.
 */
final class RulebookReader {

    static final String DEFAULT_LOCATION = "employment/check-benefits-financial-support.rules.json";

    private final JsonMapper mapper = JsonMapper.builder().build();

    /** The rules data that ships with Signpost. */
    static Rulebook readDefault() {
        try (InputStream in = RulebookReader.class.getClassLoader().getResourceAsStream(DEFAULT_LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("Rules data is missing from the classpath: " + DEFAULT_LOCATION);
            }
            return new RulebookReader().read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + DEFAULT_LOCATION, e);
        }
    }

    Rulebook read(InputStream json) {
        return read(mapper.readTree(json));
    }

    Rulebook read(String json) {
        return read(mapper.readTree(json));
    }

    private Rulebook read(JsonNode root) {
        List<Question> questions = questions(root.path("questions"));
        String countryQuestion = text(root, "country_question", "root");
        Question country = questions.stream()
                .filter(question -> question.id().equals(countryQuestion))
                .findFirst()
                .orElseThrow(() -> invalid("root", "there is no country question " + countryQuestion));
        ConditionReader conditions = new ConditionReader(questions);
        List<BenefitRule> rules = new ArrayList<>();
        for (JsonNode node : array(root, "benefits", "root")) {
            rules.add(rule(node, country, conditions));
        }
        return new Rulebook(
                text(root, "id", "root"),
                text(root, "source_url", "root"),
                text(root, "source", "root"),
                LocalDate.parse(text(root, "checked", "root")),
                countryQuestion,
                text(root, "everyone_reason", "root"),
                questions,
                rules);
    }

    private List<Question> questions(JsonNode nodes) {
        List<Question> questions = new ArrayList<>();
        for (JsonNode node : nodes.values()) {
            String id = text(node, "id", "questions");
            String where = "questions." + id;
            List<Option> options = new ArrayList<>();
            for (JsonNode option : array(node, "options", where)) {
                options.add(new Option(
                        text(option, "value", where), text(option, "label", where), text(option, "said", where)));
            }
            AskedWhen askedWhen = askedWhen(node.get("asked_when"), questions, where);
            questions.add(new Question(
                    id,
                    AnswerType.valueOf(text(node, "type", where).toUpperCase(Locale.ROOT)),
                    askedWhen,
                    text(node, "text", where),
                    optionalText(node, "hint"),
                    optionalText(node, "said_none_of"),
                    options));
        }
        if (questions.isEmpty()) {
            throw invalid("questions", "there are no questions");
        }
        return questions;
    }

    /** A branch may only depend on an earlier radio question, so the asking order is always well defined. */
    private static @Nullable AskedWhen askedWhen(@Nullable JsonNode node, List<Question> earlier, String where) {
        if (node == null || node.isNull()) {
            return null;
        }
        AskedWhen askedWhen = new AskedWhen(text(node, "question", where), text(node, "is", where));
        boolean known = earlier.stream()
                .anyMatch(question -> question.id().equals(askedWhen.question())
                        && question.type() == AnswerType.RADIO
                        && question.hasOption(askedWhen.is()));
        if (!known) {
            throw invalid(where, "asked_when must name an earlier radio question and one of its options");
        }
        return askedWhen;
    }

    private static BenefitRule rule(JsonNode node, Question country, ConditionReader conditions) {
        String key = text(node, "key", "benefits");
        String where = "benefits." + key;
        List<String> countries = new ArrayList<>();
        for (JsonNode value : array(node, "countries", where)) {
            if (!country.hasOption(value.asString())) {
                throw invalid(where, "unknown country " + value);
            }
            countries.add(value.asString());
        }
        JsonNode when = node.get("when");
        return new BenefitRule(
                key,
                text(node, "title", where),
                countries,
                optionalText(node, "url"),
                text(node, "published_rule", where),
                when == null ? null : conditions.read(when, where + ".when"));
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
        return value == null || value.isNull() ? null : value.stringValue();
    }

    private static IllegalStateException invalid(String where, String problem) {
        return new IllegalStateException("Rules data at " + where + ": " + problem);
    }
}
