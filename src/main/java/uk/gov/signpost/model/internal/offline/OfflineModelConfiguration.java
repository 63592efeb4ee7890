package uk.gov.signpost.model.internal.offline;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.gov.signpost.model.IntentSource;
import uk.gov.signpost.model.ModelProperties;
import uk.gov.signpost.model.PlaceResolver;
import uk.gov.signpost.model.TextEmbedder;
import uk.gov.signpost.model.internal.offline.extraction.EntityExtractor;

/** Builds offline mode from the domain pack's intents. The example sentences are embedded once, at start-up. */
@Configuration(proxyBeanMethods = false)
class OfflineModelConfiguration {

    @Bean
    OfflineLanguageModel offlineLanguageModel(IntentSource intents, TextEmbedder embedder, PlaceResolver places,
            ModelProperties properties) {
        ModelProperties.Offline offline = properties.offline();
        IntentClassifier classifier = new IntentClassifier(intents.intents(), embedder, offline.similarityThreshold());
        return new OfflineLanguageModel(classifier, new EntityExtractor(places), offline.simulatedLatency(),
                offline.streamChunkDelay());
    }
}
