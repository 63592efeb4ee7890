package uk.gov.signpost.safety.internal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.gov.signpost.model.TextEmbedder;
import uk.gov.signpost.safety.CrisisAssessment;
import uk.gov.signpost.safety.CrisisDetector;
import uk.gov.signpost.safety.CrisisSeverity;

/**
 * The crisis detector: the phrase rules first ({@link RuleBasedCrisisDetector}), which give a severity and a
 * specific code; when they find nothing, the MiniLM similarity layer ({@link SimilarityCrisisSignal}), which can
 * only raise a {@link CrisisSeverity#CONCERN} with the code {@code similar_to_crisis}. Its limits are listed on
 * {@link CrisisDetector}.
 */
@Component
class LayeredCrisisDetector implements CrisisDetector {

    static final String SIMILAR = "similar_to_crisis";

    private final RuleBasedCrisisDetector rules = new RuleBasedCrisisDetector();
    private final SimilarityCrisisSignal similarity;

    @Autowired
    LayeredCrisisDetector(TextEmbedder embedder) {
        this(new SimilarityCrisisSignal(embedder));
    }

    LayeredCrisisDetector(SimilarityCrisisSignal similarity) {
        this.similarity = similarity;
    }

    @Override
    public CrisisAssessment assess(String text) {
        CrisisAssessment byRule = rules.assess(text);
        if (byRule.flagged()) {
            return byRule;
        }
        return similarity.similarity(text).flagged() ? CrisisAssessment.of(CrisisSeverity.CONCERN, SIMILAR) : byRule;
    }
}
