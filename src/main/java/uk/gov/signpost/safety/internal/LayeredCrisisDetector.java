package uk.gov.signpost.safety.internal;

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
 */
@Component
class LayeredCrisisDetector implements CrisisDetector {

    static final String SIMILAR = "similar_to_crisis";

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
        if (byRule.flagged() || (WelshText.likely(text) && !WelshText.DISTRESS.matcher(text).find())) {
            return byRule;
        }
        boolean similar = classifier.flagged(text) || similarity.similarity(text).flagged();
        return similar ? CrisisAssessment.of(CrisisSeverity.CONCERN, SIMILAR) : byRule;
    }
}
