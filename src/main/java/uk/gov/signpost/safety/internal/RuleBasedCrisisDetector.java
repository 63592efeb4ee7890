package uk.gov.signpost.safety.internal;

import java.util.regex.Matcher;
import uk.gov.signpost.safety.CrisisAssessment;
import uk.gov.signpost.safety.CrisisDetector;
import uk.gov.signpost.safety.CrisisSeverity;
import uk.gov.signpost.safety.internal.CrisisRules.Phrase;

/**
 * Normalises the message, then checks each sentence against {@link CrisisRules#PHRASES}; the most severe match
 * wins. A bare mention of suicide counts only when the sentence is about the person and not about a job, a course,
 * a charity or a film. The first layer of {@link LayeredCrisisDetector}.
 */
class RuleBasedCrisisDetector implements CrisisDetector {

    @Override
    public CrisisAssessment assess(String text) {
        String normalised = CrisisNormaliser.normalise(text);
        CrisisAssessment worst = CrisisAssessment.none();
        for (String sentence : normalised.split("(?<=[.!?;\\n])\\s+")) {
            for (Phrase phrase : CrisisRules.PHRASES) {
                Matcher m = phrase.pattern().matcher(sentence);
                if (m.find() && counts(phrase, m, sentence) && phrase.severity().compareTo(worst.severity()) > 0) {
                    worst = CrisisAssessment.of(phrase.severity(), phrase.code());
                }
            }
        }
        return worst;
    }

    /** "Suicide" on its own needs the sentence to be about the person, not about a job or a charity. */
    private static boolean counts(Phrase phrase, Matcher m, String sentence) {
        boolean bareMention = m.group().startsWith("suicid") || m.group().equals("hunanladdiad");
        if (!bareMention) {
            return true;
        }
        return CrisisRules.ABOUT_ME.matcher(sentence).find() && !CrisisRules.NOT_ABOUT_ME.matcher(sentence).find();
    }
}
