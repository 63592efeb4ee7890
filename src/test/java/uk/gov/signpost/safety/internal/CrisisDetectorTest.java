package uk.gov.signpost.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.gov.signpost.model.TextEmbedder;
import uk.gov.signpost.safety.CrisisAssessment;
import uk.gov.signpost.safety.CrisisSeverity;
import uk.gov.signpost.safety.internal.SimilarityCrisisSignal.Example;

/** Signs of crisis are flagged, direct or indirect, in English and Welsh; figures of speech are not. */
class CrisisDetectorTest {

    private final RuleBasedCrisisDetector detector = new RuleBasedCrisisDetector();

    @Test
    void an_explicit_intent_is_urgent() {
        assertThat(detector.assess("I want to end my life"))
                .isEqualTo(new CrisisAssessment(true, CrisisSeverity.URGENT, "suicide_intent"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"there's no point any more since I lost my job", "I can't go on",
            "everyone would be better off without me", "Does dim pwynt byw"})
    void indirect_signs_are_a_concern(String text) {
        CrisisAssessment assessment = detector.assess(text);

        assertThat(assessment.flagged()).isTrue();
        assertThat(assessment.severity()).isEqualTo(CrisisSeverity.CONCERN);
        assertThat(assessment.code()).isEqualTo("suicidal_feelings");
    }

    @Test
    void someone_threatening_the_person_is_immediate_danger() {
        assertThat(detector.assess("My partner threatened to kill me").code()).isEqualTo("immediate_danger");
    }

    @Test
    void text_speak_and_invisible_characters_do_not_hide_a_crisis() {
        assertThat(detector.assess("kms").flagged()).isTrue();
        assertThat(detector.assess("i want to k\u200Bill my\u200Bself").flagged()).isTrue();
        assertThat(detector.assess("Dw i eisiau lladd fy hun").severity()).isEqualTo(CrisisSeverity.URGENT);
    }

    @Test
    void self_harm_has_its_own_code() {
        assertThat(detector.assess("I've been cutting myself again").code()).isEqualTo("self_harm");
    }

    @ParameterizedTest
    @ValueSource(strings = {"this commute is killing me", "I'm dying to start", "my boss will kill me if I'm late",
            "killing time before the interview", "I can't go on the course on Monday",
            "I want to work for a suicide prevention charity", "Mae'r gwaith yn fy lladd i",
            "I cut myself a break today"})
    void figures_of_speech_are_not_flagged(String text) {
        assertThat(detector.assess(text)).isEqualTo(CrisisAssessment.none());
    }

    @Test
    void when_no_rule_matches_a_message_close_to_a_crisis_example_and_not_to_a_look_alike_is_a_concern() {
        TextEmbedder twoTopics = text -> text.contains("alpha") ? new float[] {1, 0} : new float[] {0, 1};
        LayeredCrisisDetector layered = new LayeredCrisisDetector(new SimilarityCrisisSignal(twoTopics,
                List.of(new Example(true, "alpha example"), new Example(false, "beta example"))),
                new CrisisClassifier(twoTopics, new LogisticModel(new float[] {0, 0}, -5)));

        assertThat(layered.assess("alpha message")).isEqualTo(new CrisisAssessment(true, CrisisSeverity.CONCERN,
                "similar_to_crisis"));
        assertThat(layered.assess("beta message")).isEqualTo(CrisisAssessment.none());
        assertThat(layered.assess("I want to end my life alpha").code()).isEqualTo("suicide_intent");
    }

    @Test
    void when_no_rule_matches_a_message_the_classifier_is_sure_about_is_a_concern() {
        TextEmbedder twoTopics = text -> text.contains("alpha") ? new float[] {1, 0} : new float[] {0, 1};
        LayeredCrisisDetector layered = new LayeredCrisisDetector(new SimilarityCrisisSignal(twoTopics, List.of()),
                new CrisisClassifier(twoTopics, new LogisticModel(new float[] {8, -8}, 0)));

        assertThat(layered.assess("alpha message").code()).isEqualTo("similar_to_crisis");
        assertThat(layered.assess("beta message")).isEqualTo(CrisisAssessment.none());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bye", "Bye!", "ok thanks, bye", "goodbye", "thank you for your help, bye",
            "see you later", "cheers", "thanks bye x", "Diolch, hwyl fawr", "take care"})
    void a_message_that_only_says_goodbye_is_not_a_crisis_even_to_the_real_model(String text) {
        LayeredCrisisDetector layered = new LayeredCrisisDetector(TestEmbedders.MINILM);

        assertThat(layered.assess(text)).isEqualTo(CrisisAssessment.none());
    }

    @ParameterizedTest
    @ValueSource(strings = {"this is goodbye", "I'm saying my goodbyes", "goodbye forever", "bye, I won't be here tomorrow"})
    void a_farewell_that_says_more_still_counts(String text) {
        LayeredCrisisDetector layered = new LayeredCrisisDetector(TestEmbedders.MINILM);

        assertThat(layered.assess(text).flagged()).as(text).isTrue();
    }

    @Test
    void an_assessment_cannot_be_flagged_without_a_severity() {
        assertThatThrownBy(() -> new CrisisAssessment(true, CrisisSeverity.NONE, "none"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
