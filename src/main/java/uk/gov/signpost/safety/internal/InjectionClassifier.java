package uk.gov.signpost.safety.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.gov.signpost.model.TextEmbedder;
import uk.gov.signpost.safety.TextChannel;

/**
 * The learnt layer of the injection detector: a logistic regression ({@link LogisticModel}) over MiniLM sentence
 * embeddings, trained on the public deepset prompt-injection set and Signpost's own examples (see
 * {@code docs/safety.md} for the command). A long text is cut into passages of about {@link #PASSAGE} characters at
 * sentence ends, so that one injected sentence in a long advert is not averaged away; the score is the highest
 * passage's. Only the first {@link #MAX_PASSAGES} passages are read, so a very long page is checked by the
 * patterns alone after that.
 *
 * <p>On the tool channel only passages with a {@link #CUE} word (instructions, rules, assistant, ignore, prompt…)
 * are embedded: an advert is about 36 passages, and embedding them all would cost most of a second a turn. A
 * paraphrased injection in tool content with none of those words is left to the patterns, which will miss it.
 */
final class InjectionClassifier {

    static final String RESOURCE = "/safety/injection-classifier.txt";
    static final int PASSAGE = 360;
    static final int MAX_PASSAGES = 200;

    static final Pattern CUE = Pattern.compile("\\b(?:ignor\\w*|disregard\\w*|forget\\w*|overrid\\w*|bypass\\w*"
            + "|instruct\\w*|prompts?|system|assistants?|ai|a\\.i\\.|chat ?bots?|bots?|models?|llms?|agents?|pretend\\w*"
            + "|act as|rules|reveal\\w*|users?|readers?|you are now|from now on|jailbr\\w*|developer|admin\\w*"
            + "|restrict\\w*|filters?|policy|guidelines|orders|must now|anwybydd\\w*|anghofi\\w*|cyfarwydd\\w*"
            + "|rheolau|reolau|cynorthwyydd|esgus|defnyddiwr|fodel|model iaith)\\b");

    private final TextEmbedder embedder;
    private final LogisticModel model;

    InjectionClassifier(TextEmbedder embedder, LogisticModel model) {
        this.embedder = embedder;
        this.model = model;
    }

    InjectionClassifier(TextEmbedder embedder) {
        this(embedder, LogisticModel.load(RESOURCE));
    }

    /** The highest probability of injection over the text's passages. */
    double score(String plainView, TextChannel channel) {
        double best = 0;
        for (String passage : passages(plainView)) {
            if (channel == TextChannel.TOOL && !CUE.matcher(passage).find()) {
                continue;
            }
            float[] vector = embedder.embed(passage);
            if (isZero(vector)) {
                continue;
            }
            best = Math.max(best, model.probability(vector));
        }
        return best;
    }

    /** Sentences joined into passages of at most about {@link #PASSAGE} characters; over-long sentences are cut. */
    static List<String> passages(String text) {
        List<String> passages = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String sentence : text.split("(?<=[.!?\\n])\\s+")) {
            String s = sentence.strip();
            while (s.length() > PASSAGE) {
                int cut = s.lastIndexOf(' ', PASSAGE);
                cut = cut < PASSAGE / 2 ? PASSAGE : cut;
                flush(passages, current);
                passages.add(s.substring(0, cut).strip());
                s = s.substring(cut).strip();
            }
            if (current.length() + s.length() + 1 > PASSAGE) {
                flush(passages, current);
            }
            if (!s.isEmpty()) {
                current.append(current.isEmpty() ? "" : " ").append(s);
            }
            if (passages.size() >= MAX_PASSAGES) {
                break;
            }
        }
        flush(passages, current);
        return passages.size() > MAX_PASSAGES ? passages.subList(0, MAX_PASSAGES) : passages;
    }

    private static void flush(List<String> passages, StringBuilder current) {
        if (!current.isEmpty()) {
            passages.add(current.toString());
            current.setLength(0);
        }
    }

    private static boolean isZero(float[] vector) {
        for (float v : vector) {
            if (v != 0) {
                return false;
            }
        }
        return true;
    }
}
