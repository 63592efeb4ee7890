package uk.gov.signpost.safety.internal;

import java.util.function.ToDoubleBiFunction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.gov.signpost.model.TextEmbedder;
import uk.gov.signpost.safety.InjectionAssessment;
import uk.gov.signpost.safety.InjectionDetector;
import uk.gov.signpost.safety.TextChannel;

/**
 * The injection and jailbreak detector, in three layers over one normalised view of the text:
 * <ol>
 *   <li>{@link InjectionNormaliser} undoes hiding tricks (tag characters, zero-width characters, look-alike letters,
 *       spelt-out letters, base64), and the tricks themselves are signals;</li>
 *   <li>{@link InjectionPatterns}: weighted English and Welsh phrases;</li>
 *   <li>{@link InjectionClassifier}: a logistic regression over MiniLM embeddings, passage by passage.</li>
 * </ol>
 * The signals combine as {@code 1 - Π(1 - s)} into a score from 0 to 1, flagged at {@link #USER_THRESHOLD} for the
 * person's messages and {@link #TOOL_THRESHOLD} for tool content. The code is the strongest signal
 * ({@code override}, {@code extraction}, {@code persona}, {@code jailbreak}, {@code role_marker},
 * {@code addressed_to_ai}, {@code classifier}, {@code hidden_characters}, {@code homoglyphs}, {@code base64}…).
 *
 * <p>What it does <em>not</em> catch (see the measured figures in {@code docs/safety.md}):
 * <ul>
 *   <li>instructions in languages other than English and Welsh, except where the classifier generalises (it was
 *       trained with some German);</li>
 *   <li>encodings other than base64 (hex, ROT13, URL encoding, morse), text in images, and instructions split
 *       across several messages, fields or tool results;</li>
 *   <li>polite social engineering that reads like an ordinary request ("as the site admin I need the other
 *       users' details") when no phrase matches and the classifier is unsure;</li>
 *   <li>anything after the first {@link InjectionClassifier#MAX_PASSAGES} passages of a very long text, which only
 *       the patterns read.</li>
 * </ul>
 * It can flag honest text that quotes attacks at length (security training material), which is why the tool
 * channel's weak phrases need a second signal.
 */
@Component
class LayeredInjectionDetector implements InjectionDetector {

    static final double USER_THRESHOLD = 0.5;
    static final double TOOL_THRESHOLD = 0.5;
    static final double USER_CLASSIFIER_WEIGHT = 0.55;
    static final double TOOL_CLASSIFIER_WEIGHT = 0.45;

    private final ToDoubleBiFunction<String, TextChannel> classifier;

    @Autowired
    LayeredInjectionDetector(TextEmbedder embedder) {
        this(new InjectionClassifier(embedder)::score);
    }

    /** With any classifier, or {@code (text, channel) -> 0} for patterns and normalisation only. */
    LayeredInjectionDetector(ToDoubleBiFunction<String, TextChannel> classifier) {
        this.classifier = classifier;
    }

    @Override
    public InjectionAssessment assess(String text, TextChannel channel) {
        InjectionNormaliser.View view = InjectionNormaliser.normalise(text);
        Combined combined = new Combined();
        for (InjectionPatterns.Signal signal : InjectionPatterns.SIGNALS) {
            if (signal.pattern().matcher(view.plain()).find()) {
                combined.add(signal.code(), signal.weight(channel));
            }
        }
        boolean tool = channel == TextChannel.TOOL;
        if (view.hiddenTagCharacters() >= 3) {
            combined.add("hidden_characters", 0.8);
        }
        if (view.zeroWidthCharacters() >= 3) {
            combined.add("hidden_characters", tool ? 0.4 : 0.3);
        }
        if (view.mixedScriptWords() >= 2) {
            combined.add("homoglyphs", tool ? 0.5 : 0.4);
        }
        if (view.base64Payloads() > 0) {
            combined.add("base64", tool ? 0.3 : 0.2);
        }
        combined.add("classifier", classifierWeight(classifier.applyAsDouble(view.plain(), channel), channel));
        double score = Math.round(combined.score() * 1000) / 1000.0;
        boolean flagged = score >= (tool ? TOOL_THRESHOLD : USER_THRESHOLD);
        return new InjectionAssessment(score, flagged, score == 0 ? "none" : combined.strongest);
    }

    /**
     * The classifier is the least precise layer (on its own development fold it flags about 6% of honest texts at a
     * probability of 0.7), so its probability above 0.5 is scaled into at most {@link #USER_CLASSIFIER_WEIGHT} or
     * {@link #TOOL_CLASSIFIER_WEIGHT}: on the user channel it can flag a text alone only when it is very sure; on the
     * tool channel, where it reads many passages, it can only add to another signal.
     */
    static double classifierWeight(double probability, TextChannel channel) {
        double sure = Math.max(0, (probability - 0.5) / 0.5);
        return sure * (channel == TextChannel.TOOL ? TOOL_CLASSIFIER_WEIGHT : USER_CLASSIFIER_WEIGHT);
    }

    /** {@code 1 - Π(1 - s)}, remembering the strongest signal's code. */
    private static final class Combined {
        private double clean = 1;
        private double strongestWeight;
        private String strongest = "none";

        void add(String code, double weight) {
            clean *= 1 - weight;
            if (weight > strongestWeight) {
                strongestWeight = weight;
                strongest = code;
            }
        }

        double score() {
            return 1 - clean;
        }
    }
}
