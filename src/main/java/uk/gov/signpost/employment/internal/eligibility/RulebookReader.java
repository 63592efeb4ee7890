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
    static final String WELSH_LOCATION = "employment/check-benefits-financial-support.cy.json";

    private final JsonMapper mapper = JsonMapper.builder().build();

    /** The rules data that ships with Signpost, in English. */
    static Rulebook readDefault() {
        RulebookReader reader = new RulebookReader();
        return reader.read(reader.resource(DEFAULT_LOCATION));
    }

    /** The rules data that ships with Signpost, worded in Welsh from the Welsh file beside it. */
    static Rulebook readDefaultWelsh() {
        RulebookReader reader = new RulebookReader();
        return reader.translate(reader.read(reader.resource(DEFAULT_LOCATION)), reader.resource(WELSH_LOCATION));
    }

    private JsonNode resource(String location) {
        try (InputStream in = RulebookReader.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new IllegalStateException("Rules data is missing from the classpath: " + location);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + location, e);
        }
    }

    /**
     * The same rulebook worded in another language, from a file with the rules file's structure: {@code questions}
     * by id, each with {@code text}, {@code hint}, {@code said_none_of} and {@code options} by value with
     * {@code label} and {@code said}; {@code titles} of results by their English title; {@code everyone_reason};
     * and {@code reason_style}. Ids, option values, branching, rules and links stay the English rulebook's. A
     * question, option, hint or title without a translation stops the application starting.
     */
    Rulebook translate(Rulebook english, JsonNode words) {
        List<Question> questions = new ArrayList<>();
        for (Question question : english.questions()) {
            String where = "translation.questions." + question.id();
            JsonNode node = null;
            for (JsonNode candidate : array(words, "questions", "translation")) {
                if (question.id().equals(candidate.path("id").asString(""))) {
                    node = candidate;
                }
            }
            if (node == null) {
                throw invalid(where, "the question has no translation");
            }
            List<Option> options = new ArrayList<>();
            for (Option option : question.options()) {
                JsonNode translated = null;
                for (JsonNode candidate : array(node, "options", where)) {
                    if (option.value().equals(candidate.path("value").asString(""))) {
                        translated = candidate;
                    }
                }
                if (translated == null) {
                    throw invalid(where, "the option " + option.value() + " has no translation");
                }
                options.add(new Option(option.value(), text(translated, "label", where + "." + option.value()),
                        text(translated, "said", where + "." + option.value())));
            }
            questions.add(new Question(question.id(), question.type(), question.askedWhen(), text(node, "text", where),
                    question.hint() == null ? null : text(node, "hint", where),
                    question.saidNoneOf() == null ? null : text(node, "said_none_of", where), options));
        }
        JsonNode titles = words.path("titles");
        List<BenefitRule> rules = new ArrayList<>();
        for (BenefitRule rule : english.rules()) {
            rules.add(new BenefitRule(rule.key(), text(titles, rule.title(), "translation.titles"), rule.countries(),
                    rule.url(), rule.publishedRule(), rule.condition()));
        }
        JsonNode style = words.path("reason_style");
        Rulebook.ReasonStyle reasonStyle = new Rulebook.ReasonStyle(
                text(style, "opening", "translation.reason_style"),
                text(style, "separator", "translation.reason_style"),
                text(style, "last_separator", "translation.reason_style"),
                text(style, "none_of_separator", "translation.reason_style"),
                style.path("share_openings").asBoolean(false));
        return new Rulebook(english.id(), english.sourceUrl(), english.source(), english.checked(),
                english.countryQuestion(), text(words, "everyone_reason", "translation"), reasonStyle, questions,
                rules);
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
                Rulebook.ReasonStyle.ENGLISH,
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
