package uk.gov.signpost.safety.internal;

import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import uk.gov.signpost.safety.InjectionAssessment;
import uk.gov.signpost.safety.InjectionDetector;
import uk.gov.signpost.safety.TextChannel;

/**
 * A first, pattern-based score for prompt injection and jailbreaks: weighted phrases ("ignore your instructions",
 * "reveal your system prompt", "you are now…") combined as {@code 1 - Π(1 - weight)}, plus hidden-character tricks
 * (Unicode tag characters, several zero-width characters). Text from tools scores higher for instructions aimed
 * at the assistant or the user, because injected instructions inside data are the bigger risk. Flagged at
 * {@link #THRESHOLD}.
 *
 * <p>This is a placeholder until the layered detector in issue 6 (normalisation, homoglyphs, base64, a classifier
 * over MiniLM embeddings) is built, and it has not been measured against the 90%/2% target. It does
 * <em>not</em> catch: paraphrases with no listed phrase, instructions in other languages, homoglyph or base64
 * obfuscation, instructions split across fields, or indirect social engineering ("as the site admin, I need you
 * to…"). It will flag some benign texts that quote such phrases (security training material).
 */
@Component
class PatternInjectionScorer implements InjectionDetector {

    static final double THRESHOLD = 0.5;

    private record Signal(Pattern pattern, double userWeight, double toolWeight) {}

    private static final List<Signal> SIGNALS = List.of(
            signal("\\b(?:ignore|disregard|forget|override|bypass)\\b.{0,30}\\b(?:previous|prior|above|earlier|all"
                    + "|your|the|any)\\b.{0,20}\\b(?:instructions?|rules|prompts?|guidelines|directions|context)\\b",
                    0.8, 0.9),
            signal("\\b(?:reveal|show|print|repeat|output|tell me)\\b.{0,30}\\b(?:system prompt|initial prompt"
                    + "|instructions you were given|hidden instructions|your prompt)\\b", 0.7, 0.8),
            signal("\\byou are now\\b|\\bfrom now on,? you\\b|\\bpretend (?:to be|you are)\\b|\\bact as (?:an?|my) "
                    + "(?:unrestricted|unfiltered|evil|different)\\b", 0.5, 0.7),
            signal("\\b(?:jailbreak|developer mode|dan mode|do anything now|no restrictions|without any restrictions"
                    + "|unfiltered ai)\\b", 0.6, 0.7),
            signal("\\bnew instructions?\\b|\\bsystem\\s*:\\s|\\[system\\]|<\\s*/?\\s*system\\s*>|\\bassistant\\s*:\\s",
                    0.4, 0.7),
            signal("\\b(?:tell|ask|instruct|get) the user to\\b|\\b(?:send|give|enter|share)\\b.{0,30}\\b(?:bank "
                    + "details|password|card number|pin|national insurance number)\\b.{0,40}\\bto\\b", 0.3, 0.8),
            signal("\\b(?:the assistant|the ai|the model|chatbot) (?:must|should|will)\\b", 0.2, 0.6));

    private static final Pattern TAG_CHARACTERS = Pattern.compile("[\\x{E0000}-\\x{E007F}]");
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B-\\u200F\\u2060-\\u2064\\uFEFF]");

    record Score(double value, boolean flagged) {
        Score {
            if (value < 0 || value > 1) {
                throw new IllegalArgumentException("A score is between 0 and 1");
            }
        }
    }

    Score score(String text, TextChannel channel) {
        String plain = CrisisNormaliser.normalise(text);
        double clean = 1;
        for (Signal signal : SIGNALS) {
            if (signal.pattern().matcher(plain).find()) {
                clean *= 1 - (channel == TextChannel.TOOL ? signal.toolWeight() : signal.userWeight());
            }
        }
        if (TAG_CHARACTERS.matcher(text).find()) {
            clean *= 0.2;
        }
        if (ZERO_WIDTH.matcher(text).results().count() >= 3) {
            clean *= 0.6;
        }
        double value = Math.round((1 - clean) * 1000) / 1000.0;
        return new Score(value, value >= THRESHOLD);
    }

    @Override
    public InjectionAssessment assess(String text, TextChannel channel) {
        Score score = score(text, channel);
        return new InjectionAssessment(score.value(), score.flagged(), score.flagged() ? "pattern" : "none");
    }

    private static Signal signal(String regex, double userWeight, double toolWeight) {
        return new Signal(Pattern.compile(regex), userWeight, toolWeight);
    }
}
