package uk.gov.signpost.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.gov.signpost.model.DialogueContext;
import uk.gov.signpost.model.LanguageModel;
import uk.gov.signpost.model.ModelMessage;
import uk.gov.signpost.model.ModelRequest;
import uk.gov.signpost.model.ModelResponse;
import uk.gov.signpost.model.TokenSink;

/**
 * The hook for expectations that need judgement ({@code judge:} in a scenario), such as "the reply is kind and
 * does not blame the person". Deterministic checks come first and decide the headline figures; a judgement is
 * reported as its own check kind. Off by default and always off offline: {@link #OFF} grades nothing, and the
 * criteria are then counted as ungraded.
 */
interface Grader {

    /** Whether the reply meets the criterion, or empty when this grader does not grade. */
    Optional<Boolean> grade(String criterion, String personSaid, String reply);

    Grader OFF = (criterion, personSaid, reply) -> Optional.empty();

    /**
     * A grader that asks a model through the project's own port (Claude, when {@code -Deval.grader=model} and the
     * run uses a remote model). The model must answer PASS or FAIL first; anything else counts as ungraded.
     */
    static Grader using(LanguageModel model) {
        return (criterion, personSaid, reply) -> {
            String prompt = "You check replies from a UK government employment support assistant. Answer with"
                    + " PASS or FAIL on the first line, then one sentence saying why.\n\nCriterion: " + criterion;
            String question = "The person said:\n" + personSaid + "\n\nThe assistant replied:\n" + reply;
            ModelResponse response = model.call(new ModelRequest(prompt, List.of(new ModelMessage.Person(question)),
                    List.of(), new DialogueContext(null, null, false, List.of()), 200), TokenSink.IGNORE);
            String verdict = response.text().strip().toUpperCase(Locale.ROOT);
            if (verdict.startsWith("PASS")) {
                return Optional.of(true);
            }
            return verdict.startsWith("FAIL") ? Optional.of(false) : Optional.empty();
        };
    }
}
