package uk.gov.signpost.employment.internal.eligibility;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * GOV.UK's "Check benefits and financial support you can get" as data: its questions in asking order and its rules
 * in catalogue order, with where they came from and when they were last checked. There is one rulebook per
 * language: the Welsh one has the same ids, options and rules as the English, with the words translated
 * ({@link RulebookReader#translate}).
 */
record Rulebook(
        String id,
        String sourceUrl,
        String source,
        LocalDate checked,
        String countryQuestion,
        String everyoneReason,
        ReasonStyle reasonStyle,
        List<Question> questions,
        List<BenefitRule> rules) {

    Rulebook {
        questions = List.copyOf(questions);
        rules = List.copyOf(rules);
        if (!sourceUrl.startsWith("https://")) {
            throw new IllegalArgumentException("the source URL must be https");
        }
        requireUnique(questions.stream().map(Question::id).toList(), "question");
        requireUnique(rules.stream().map(BenefitRule::key).toList(), "rule");
        if (questions.stream().noneMatch(question -> question.id().equals(countryQuestion))) {
            throw new IllegalArgumentException("there is no country question " + countryQuestion);
        }
    }

    Optional<Question> question(String id) {
        return questions.stream().filter(question -> question.id().equals(id)).findFirst();
    }

    /** Where a question comes in the asking order. */
    int position(String questionId) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).id().equals(questionId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no question " + questionId);
    }

    private static void requireUnique(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("the " + what + " " + id + " appears twice");
            }
        }
    }

    /**
     * How a result's reason is put together in the rulebook's language: the opening before the answers, the
     * separators between them, the separator in a "none of these" list, and whether answers to one question that
     * start with the same words say them once ("you get Pension Credit and Income Support").
     */
    record ReasonStyle(String opening, String separator, String lastSeparator, String noneOfSeparator,
            boolean shareOpenings) {

        static final ReasonStyle ENGLISH = new ReasonStyle("You said ", ", ", " and ", " or ", true);
    }
}
