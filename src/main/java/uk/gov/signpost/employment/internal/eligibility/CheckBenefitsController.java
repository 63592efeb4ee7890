package uk.gov.signpost.employment.internal.eligibility;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.signpost.employment.BenefitsCheck;
import uk.gov.signpost.employment.BenefitsCheckOutcome;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * {@code POST /api/v1/eligibility/check-benefits-financial-support}: send the answers so far, get back the next
 * questions or, once complete, the results. Invalid answers raise {@link InvalidFieldException}, which the web layer
 * turns into a 422 {@code application/problem+json} naming the field.
 */
@RestController
@RequestMapping("/api/v1/eligibility")
class CheckBenefitsController {

    private final BenefitsCheck benefitsCheck;

    CheckBenefitsController(BenefitsCheck benefitsCheck) {
        this.benefitsCheck = benefitsCheck;
    }

    @PostMapping(
            path = "/check-benefits-financial-support",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    CheckResponse check(@RequestBody CheckRequest request) {
        return CheckResponse.from(benefitsCheck.check(request.answerLists()));
    }

    /**
     * The answers so far: question id to one value (text) or several (a list of text). A missing {@code answers}
     * means nothing has been answered yet.
     */
    record CheckRequest(@Nullable Map<String, @Nullable Object> answers) {

        Map<String, List<String>> answerLists() {
            Map<String, List<String>> lists = new LinkedHashMap<>();
            if (answers == null) {
                return lists;
            }
            answers.forEach((question, answer) -> lists.put(question, asList(question, answer)));
            return lists;
        }

        private static List<String> asList(String question, @Nullable Object answer) {
            if (answer == null) {
                return List.of();
            }
            if (answer instanceof String value) {
                return List.of(value);
            }
            if (answer instanceof List<?> values && values.stream().allMatch(String.class::isInstance)) {
                return new ArrayList<>(values.stream().map(String.class::cast).toList());
            }
            throw new InvalidFieldException("invalid_value", "answers." + question,
                    "Give the answer as text, or as a list of text for a question where you can select more than one.");
        }
    }

    record CheckResponse(
            boolean complete,
            @JsonProperty("next_questions") List<QuestionBody> nextQuestions,
            List<ResultBody> results) {

        static CheckResponse from(BenefitsCheckOutcome outcome) {
            return new CheckResponse(
                    outcome.complete(),
                    outcome.nextQuestions().stream().map(QuestionBody::from).toList(),
                    outcome.results().stream().map(ResultBody::from).toList());
        }
    }

    record QuestionBody(String id, String text, @Nullable String hint, String type, List<OptionBody> options) {

        static QuestionBody from(BenefitsCheckOutcome.Question question) {
            return new QuestionBody(
                    question.id(),
                    question.text(),
                    question.hint(),
                    question.type().name().toLowerCase(Locale.ROOT),
                    question.options().stream()
                            .map(option -> new OptionBody(option.value(), option.label()))
                            .toList());
        }
    }

    record OptionBody(String value, String label) {}

    record ResultBody(String key, String title, @Nullable String url, String reason) {

        static ResultBody from(BenefitsCheckOutcome.Result result) {
            return new ResultBody(result.key(), result.title(), result.url(), result.reason());
        }
    }
}
