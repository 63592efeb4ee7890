package uk.gov.signpost.model.internal.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicExtractorTest {

    @ParameterizedTest(name = "\"{0}\" is about \"{1}\"")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
            "I want to become a plumber|plumber",
            "are there admin jobs near LS1?|admin",
            "care work around cf10 1aa please|care",
            "driving jobs within 10 miles|driving",
            "any local jobs in my area?|''",
            "are there jobs near LS1?|''",
            "I want to do some training|''",
            "swydd gyrru|gyrru",
            "admin jobs in Leeds|admin leeds"})
    void keepsWhatTheWorkIsAndDropsWhereItIs(String message, String topic) {
        assertThat(TopicExtractor.topic(message).orElse("")).isEqualTo(topic);
    }
}
