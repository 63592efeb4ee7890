package uk.gov.signpost.safety.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.signpost.platform.InvalidFieldException;
import uk.gov.signpost.safety.CrisisAssessment;
import uk.gov.signpost.safety.CrisisDetector;
import uk.gov.signpost.safety.HarmfulRequestDetector;
import uk.gov.signpost.safety.InjectionAssessment;
import uk.gov.signpost.safety.InjectionDetector;
import uk.gov.signpost.safety.PersonalDataSpan;
import uk.gov.signpost.safety.Pseudonymised;
import uk.gov.signpost.safety.Pseudonymiser;
import uk.gov.signpost.safety.TextChannel;

/**
 * {@code POST /api/v1/safety/assess}: runs every guardrail over one text, for development and evaluation. Only
 * with the Spring profile {@code local} until operator roles exist, because it echoes the text back pseudonymised
 * and tells a caller exactly what the detectors see. The detectors are described in {@link LayeredInjectionDetector},
 * {@link LayeredCrisisDetector}, {@link PatternHarmfulRequestDetector} and {@link RuleBasedPseudonymiser}. Logs
 * nothing.
 */
@RestController
@Profile("local")
class SafetyAssessmentController {

    static final int MAX_LENGTH = 100_000;

    private final Pseudonymiser pseudonymiser;
    private final CrisisDetector crisis;
    private final InjectionDetector injection;
    private final HarmfulRequestDetector harmful;

    SafetyAssessmentController(Pseudonymiser pseudonymiser, CrisisDetector crisis, InjectionDetector injection,
            HarmfulRequestDetector harmful) {
        this.pseudonymiser = pseudonymiser;
        this.crisis = crisis;
        this.injection = injection;
        this.harmful = harmful;
    }

    record AssessRequest(
            @Schema(description = "The text to assess, 1 to 100,000 characters") @Nullable String text,
            @Schema(description = "user (the person's message) or tool (fetched content)", defaultValue = "user")
            @Nullable String channel) {}

    record Injection(double score, boolean flagged) {}

    record Crisis(boolean flagged, String severity, String code) {}

    record Harmful(boolean flagged) {}

    record Pii(String type, int start, int end) {}

    record Assessment(Injection injection, Crisis crisis, Harmful harmful, List<Pii> pii,
            @JsonProperty("pseudonymised_text") String pseudonymisedText) {}

    @PostMapping("/api/v1/safety/assess")
    Assessment assess(@RequestBody AssessRequest request) {
        String text = request.text();
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            throw new InvalidFieldException("invalid_text", "text", "Send text of 1 to 100,000 characters");
        }
        TextChannel channel = TextChannel.of(request.channel() == null ? "user" : request.channel())
                .orElseThrow(() -> new InvalidFieldException("invalid_channel", "channel",
                        "The channel is user or tool"));
        InjectionAssessment injectionScore = injection.assess(text, channel);
        CrisisAssessment crisisAssessment = crisis.assess(text);
        Pseudonymised pseudonymised = pseudonymiser.pseudonymise(text);
        return new Assessment(
                new Injection(injectionScore.score(), injectionScore.flagged()),
                new Crisis(crisisAssessment.flagged(), crisisAssessment.severity().code(), crisisAssessment.code()),
                new Harmful(harmful.flagged(text)),
                pseudonymised.found().stream().map(SafetyAssessmentController::pii).toList(),
                pseudonymised.text());
    }

    private static Pii pii(PersonalDataSpan span) {
        return new Pii(span.type().label(), span.start(), span.end());
    }
}
