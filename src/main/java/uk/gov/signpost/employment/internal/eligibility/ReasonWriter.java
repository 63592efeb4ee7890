package uk.gov.signpost.employment.internal.eligibility;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the reason a person sees beside a result, from the answers that met its rule, for example 'You said
 * you're State Pension age or over, you get Universal Credit and you do not get Pension Credit.' Each answer reads as
 * its option's {@code said} text in the rules data.
 *
 * <p>The Welsh rulebook writes 'Yn ôl eich atebion: rydych yn byw yng Nghymru; …', with the answers as separate
 * clauses, because joining Welsh phrases with "a" or "neu" would need the mutations they cause.
 *
 * <p>It leaves out an answer when a later answer that depends on it says more ('you have a child aged 2' makes
 * 'you have children living with you' redundant). It does not explain why a result is missing.
 */
final class ReasonWriter {

    private final Rulebook rulebook;

    ReasonWriter(Rulebook rulebook) {
        this.rulebook = rulebook;
    }

    String write(Decision.Shown decision, Answers answers) {
        List<Fact> facts = tidy(decision.facts());
        if (facts.isEmpty()) {
            String country = answers.ticked(rulebook.countryQuestion()).get(0);
            return style().opening() + said(Fact.said(rulebook.countryQuestion(), List.of(country))) + ". "
                    + rulebook.everyoneReason();
        }
        return style().opening() + join(facts.stream().map(this::said).toList(), style().separator(),
                style().lastSeparator()) + ".";
    }

    /** One fact per question and polarity, in asking order, without those a dependent answer makes redundant. */
    private List<Fact> tidy(List<Fact> facts) {
        Map<Said, Set<String>> merged = new LinkedHashMap<>();
        for (Fact fact : facts) {
            merged.computeIfAbsent(new Said(fact.question(), fact.negated()), key -> new LinkedHashSet<>())
                    .addAll(fact.values());
        }
        Set<String> saidMoreByLaterAnswer = new HashSet<>();
        for (Fact fact : facts) {
            Question.AskedWhen askedWhen = question(fact.question()).askedWhen();
            if (askedWhen != null) {
                saidMoreByLaterAnswer.add(askedWhen.question());
            }
        }
        List<Fact> tidy = new ArrayList<>();
        merged.forEach((said, values) -> {
            if (!saidMoreByLaterAnswer.contains(said.question())) {
                List<String> inOptionOrder =
                        question(said.question()).values().stream().filter(values::contains).toList();
                tidy.add(new Fact(said.question(), inOptionOrder, said.negated()));
            }
        });
        tidy.sort(Comparator.comparingInt((Fact fact) -> rulebook.position(fact.question()))
                .thenComparing(Fact::negated));
        return tidy;
    }

    private String said(Fact fact) {
        Question question = question(fact.question());
        if (fact.negated()) {
            List<String> labels = fact.values().stream().map(value -> option(question, value).label()).toList();
            return Objects.requireNonNull(question.saidNoneOf())
                    .replace("{}", join(labels, ", ", style().noneOfSeparator()));
        }
        List<String> said = fact.values().stream().map(value -> option(question, value).said()).toList();
        return style().shareOpenings()
                ? sharingTheirStart(said)
                : join(said, style().separator(), style().lastSeparator());
    }

    /**
     * Joins several answers to one question, saying their shared opening words once: "you get Pension Credit" and
     * "you get Income Support" become "you get Pension Credit and Income Support".
     */
    private static String sharingTheirStart(List<String> phrases) {
        if (phrases.size() < 2) {
            return joinWithAnd(phrases);
        }
        List<List<String>> words = phrases.stream().map(phrase -> List.of(phrase.split(" "))).toList();
        int shared = sharedOpeningWords(words);
        if (shared < 2) {
            return joinWithAnd(phrases);
        }
        String opening = String.join(" ", words.get(0).subList(0, shared));
        return opening + " " + joinWithAnd(words.stream()
                .map(phrase -> String.join(" ", phrase.subList(shared, phrase.size())))
                .toList());
    }

    /** How many opening words all the phrases share, leaving at least one word of each. */
    private static int sharedOpeningWords(List<List<String>> phrases) {
        List<String> first = phrases.get(0);
        int shared = 0;
        while (true) {
            int next = shared;
            boolean allShare = phrases.stream()
                    .allMatch(phrase -> phrase.size() > next + 1 && phrase.get(next).equals(first.get(next)));
            if (!allShare) {
                return shared;
            }
            shared++;
        }
    }

    private Question question(String id) {
        return rulebook.question(id).orElseThrow(() -> new IllegalStateException("no question " + id));
    }

    private static Question.Option option(Question question, String value) {
        return question.option(value)
                .orElseThrow(() -> new IllegalStateException(question.id() + " has no option " + value));
    }

    private Rulebook.ReasonStyle style() {
        return rulebook.reasonStyle();
    }

    static String joinWithAnd(List<String> parts) {
        return join(parts, ", ", " and ");
    }

    private static String join(List<String> parts, String separator, String lastSeparator) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(separator, parts.subList(0, parts.size() - 1)) + lastSeparator
                + parts.get(parts.size() - 1);
    }

    /** Which question a fact is about, and whether it says the person chose or did not choose the values. */
    private record Said(String question, boolean negated) {}
}
