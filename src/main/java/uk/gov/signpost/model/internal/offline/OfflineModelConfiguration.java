package uk.gov.signpost.model.internal.offline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.signpost.model.IntentSource;
import uk.gov.signpost.model.LanguageModel;
import uk.gov.signpost.model.ModelProperties;
import uk.gov.signpost.model.TextEmbedder;

/** Builds offline mode from the domain pack's intents. The example sentences are embedded once, at start-up. */
@Configuration(proxyBeanMethods = false)
class OfflineModelConfiguration {

    @Bean
    LanguageModel offlineLanguageModel(IntentSource intents, TextEmbedder embedder, ModelProperties properties) {
        ModelProperties.Offline offline = properties.offline();
        IntentClassifier classifier = new IntentClassifier(intents.intents(), embedder, offline.similarityThreshold());
        return new OfflineLanguageModel(classifier, offline.simulatedLatency(), offline.streamChunkDelay());
    }
}
