package uk.gov.signpost.model.internal.offline;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.signpost.model.LanguageModel;
import uk.gov.signpost.model.ModelReply;
import uk.gov.signpost.model.ModelRequest;
import uk.gov.signpost.model.TokenSink;

/**
 * Offline mode: no network and no language model. It recognises the person's intent and answers from the
 * domain pack's plain-English template, with the pack's signposts. It is deterministic: the same message always
 * gets the same reply.
 */
public final class OfflineLanguageModel implements LanguageModel {

    private static final Logger log = LoggerFactory.getLogger(OfflineLanguageModel.class);

    private final IntentClassifier classifier;
    private final Duration simulatedLatency;
    private final Duration chunkDelay;

    OfflineLanguageModel(IntentClassifier classifier, Duration simulatedLatency, Duration chunkDelay) {
        this.classifier = classifier;
        this.simulatedLatency = simulatedLatency;
        this.chunkDelay = chunkDelay;
    }

    @Override
    public String name() {
        return "offline";
    }

    @Override
    public ModelReply reply(ModelRequest request, TokenSink sink) {
        IntentMatch match = classifier.classify(request.lastPersonText());
        log.debug("event=intent_recognised intent={} method={} score={}",
                match.intent().intent(), match.method(), String.format("%.3f", match.score()));
        pause(simulatedLatency);
        String text = match.intent().reply();
        stream(text, sink);
        return new ModelReply(text, match.intent().serviceKeys(), match.intent().intent(), name());
    }

    /** Sends the text a few words at a time, as a remote model would. */
    private void stream(String text, TokenSink sink) {
        String[] words = text.split("(?<= )");
        StringBuilder chunk = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            chunk.append(words[i]);
            if (chunk.length() >= 12 || i == words.length - 1) {
                sink.accept(chunk.toString());
                chunk.setLength(0);
                pause(chunkDelay);
            }
        }
    }

    private static void pause(Duration duration) {
        if (duration.isZero() || duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
