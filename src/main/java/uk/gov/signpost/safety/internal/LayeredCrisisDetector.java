package uk.gov.signpost.safety.internal;

import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.gov.signpost.model.TextEmbedder;
import uk.gov.signpost.safety.CrisisAssessment;
import uk.gov.signpost.safety.CrisisDetector;
import uk.gov.signpost.safety.CrisisSeverity;

/**
 * The crisis detector: the phrase rules first ({@link RuleBasedCrisisDetector}), which give a severity and a
 * specific code; when they find nothing, two MiniLM layers, the learnt classifier ({@link CrisisClassifier}) and the
 * similarity to example sentences ({@link SimilarityCrisisSignal}). Either can only raise a
 * {@link CrisisSeverity#CONCERN} with the code {@code similar_to_crisis}. Its limits are listed on
 * {@link CrisisDetector}.
 *
 * <p>For text that reads as Welsh, the MiniLM layers count only when the message also has a Welsh word about life,
 * death, harm, danger or hope ({@link WelshText#DISTRESS}). MiniLM was trained on English and places Welsh sentences
 * close together whatever they say, so on their own its layers flagged ordinary Welsh messages ("Ces i fy niswyddo
 * ddoe", I was made redundant yesterday) as crises. Welsh crisis wording with none of those words is missed.
 *
 * <p>A message that only closes the conversation ("bye", "ok thanks, bye", "see you", "hwyl") is left to the phrase
 * rules: a word or two carries little meaning in MiniLM's space, and "bye" sat close enough to the farewell examples
 * that the learnt layers answered an ordinary goodbye with crisis support and an urgent handoff. Farewells that say
 * more ("this is goodbye", "saying my goodbyes", "goodbye forever") are the rules' to catch, and they do.
 */
@Component
class LayeredCrisisDetector implements CrisisDetector {

    static final String SIMILAR = "similar_to_crisis";

    /** A message that only says thanks and goodbye, in English or Welsh. */
    private static final Pattern CLOSING = Pattern.compile("(?i)(?:(?:ok(?:ay)?|right|great|thanks|thank you|"
            + "thank u|thx|ta|cheers|diolch(?: yn fawr)?|that'?s (?:all|it|great)|that is all)[\\s,.!]*)*"
            + "(?:bye(?:[ -]?bye)?|good ?bye|see (?:you|ya)(?: later| soon)?|cya|ta-?ra|hwyl(?: fawr)?|"
            + "take care|have a (?:good|nice) (?:day|evening|weekend)|thanks|thank you|cheers|diolch(?: yn fawr)?)"
            + "(?:[\\s,.!]+(?:for (?:your|the|all the) help|thanks|thank you|cheers|x+|now|then|for now|:\\)))*"
            + "[\\s.!x:)]*");

    private final RuleBasedCrisisDetector rules = new RuleBasedCrisisDetector();
    private final SimilarityCrisisSignal similarity;
    private final CrisisClassifier classifier;

    @Autowired
    LayeredCrisisDetector(TextEmbedder embedder) {
        this(new SimilarityCrisisSignal(embedder), new CrisisClassifier(embedder));
    }

    LayeredCrisisDetector(SimilarityCrisisSignal similarity, CrisisClassifier classifier) {
        this.similarity = similarity;
        this.classifier = classifier;
    }

    @Override
    public CrisisAssessment assess(String text) {
        CrisisAssessment byRule = rules.assess(text);
        if (byRule.flagged() || CLOSING.matcher(text.strip()).matches()
                || (WelshText.likely(text) && !WelshText.DISTRESS.matcher(text).find())) {
            return byRule;
        }
        boolean similar = classifier.flagged(text) || similarity.similarity(text).flagged();
        return similar ? CrisisAssessment.of(CrisisSeverity.CONCERN, SIMILAR) : byRule;
    }
}
