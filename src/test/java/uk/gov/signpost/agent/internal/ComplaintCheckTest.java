package uk.gov.signpost.agent.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ComplaintCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "I want to make a complaint",
            "this chatbot is useless, I'm going to complain",
            "How do I complain about my work coach?",
            "I'm complaining about the jobcentre, they lost my form",
            "My employer ignored me and now I want to complain about the jobcentre too",
            "Dw i eisiau gwneud cwyn",
            "Sut ydw i'n cwyno am y gwasanaeth?"})
    void aComplaintAboutTheServiceCounts(String message) {
        assertThat(ComplaintCheck.isComplaint(message)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "How do I make a complaint about my employer?",
            "my landlord won't fix the boiler, can I complain?",
            "I raised a complaint with my manager about my hours",
            "this is rubbish",
            "I want to talk to a person",
            "are there admin jobs near LS1?",
            "no complaints, thanks",
            "I can't complain, the training was good"})
    void otherMessagesDoNot(String message) {
        assertThat(ComplaintCheck.isComplaint(message)).as(message).isFalse();
    }
}
