package uk.gov.signpost.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Until operator roles exist, the assessment API is not there at all outside the {@code local} profile. */
@WebMvcTest(controllers = SafetyAssessmentController.class)
@Import({RuleBasedPseudonymiser.class, LayeredCrisisDetector.class, LayeredInjectionDetector.class,
        PatternHarmfulRequestDetector.class, SafetyAssessmentControllerTest.NoEmbeddings.class})
class SafetyAssessmentOutsideLocalProfileTest {

    @Autowired
    private MockMvcTester mvc;

    @Test
    void without_the_local_profile_the_assessment_api_is_not_found() {
        assertThat(mvc.post().uri("/api/v1/safety/assess").contentType(MediaType.APPLICATION_JSON)
                .content("{\"text\": \"hello\"}").exchange()).hasStatus(404);
    }
}
