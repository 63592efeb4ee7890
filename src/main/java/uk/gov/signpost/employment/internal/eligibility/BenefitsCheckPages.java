package uk.gov.signpost.employment.internal.eligibility;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import uk.gov.signpost.employment.BenefitsCheck;
import uk.gov.signpost.employment.BenefitsCheckOutcome.AnswerType;
import uk.gov.signpost.employment.BenefitsCheckOutcome.Question;
import uk.gov.signpost.model.Language;

/**
 * GOV.UK's check of the benefits and financial support you can get, as pages that ask one question at a time and
 * work without JavaScript. The answers so far travel in the query string (and in hidden fields when a question is
 * answered), keyed by question id, so the server keeps nothing. {@link BenefitsJourney} replays them through
 * {@link BenefitsCheck} on every request to decide what to ask next.
 *
 * <p>Answering a question posts the form and redirects to the next question or to the results, so the back button
 * and refresh behave.
 *
 * <p>Questions, options, result names and reasons are worded in the page's language (English, or Welsh from
 * {@code employment/check-benefits-financial-support.cy.json}); links stay GOV.UK's English pages.
 */
@Controller
@RequestMapping(BenefitsCheckPages.BASE)
class BenefitsCheckPages {

    static final String BASE = "/check-benefits-financial-support";

    private final BenefitsCheck check;
    private final MessageSource messages;

    BenefitsCheckPages(BenefitsCheck check, MessageSource messages) {
        this.check = check;
        this.messages = messages;
    }

    @GetMapping
    String start(Model model, Locale locale) {
        model.addAttribute("startUrl", whereNext(BenefitsJourney.replay(check, Map.of(), Language.of(locale))));
        return "benefits/start";
    }

    @GetMapping("/questions/{questionId}")
    String question(@PathVariable String questionId, @RequestParam MultiValueMap<String, String> answers,
            Model model, Locale locale) {
        BenefitsJourney journey = BenefitsJourney.replay(check, answers, Language.of(locale));
        return journey.askable(questionId)
                .map(question -> render(question, journey, null, model))
                .orElseGet(() -> "redirect:" + whereNext(journey));
    }

    /** Nothing usable chosen for the question shows it again with the error; otherwise on to what comes next. */
    @PostMapping("/questions/{questionId}")
    String answer(@PathVariable String questionId, @RequestParam MultiValueMap<String, String> answers,
            Model model, HttpServletResponse response, Locale locale) {
        // The form's CSRF token is not an answer: carrying it into the next address would put it in URLs and logs.
        answers.remove("_csrf");
        BenefitsJourney journey = BenefitsJourney.replay(check, answers, Language.of(locale));
        Question next = journey.next();
        if (next != null && next.id().equals(questionId)) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return render(next, journey, nothingChosen(next, locale), model);
        }
        return "redirect:" + whereNext(journey);
    }

    @GetMapping("/results")
    String results(@RequestParam MultiValueMap<String, String> answers, Model model, Locale locale) {
        BenefitsJourney journey = BenefitsJourney.replay(check, answers, Language.of(locale));
        if (!journey.complete()) {
            return "redirect:" + whereNext(journey);
        }
        List<AnswerRow> rows = journey.answered().stream()
                .map(answer -> new AnswerRow(answer.question().text(), answer.labels(),
                        questionUrl(answer.question().id(), journey.answers())))
                .toList();
        model.addAttribute("results", journey.results());
        model.addAttribute("answers", rows);
        model.addAttribute("startAgainUrl", BASE);
        return "benefits/results";
    }

    private String render(Question question, BenefitsJourney journey, @Nullable String error, Model model) {
        Map<String, List<String>> others = new LinkedHashMap<>(journey.answers());
        List<String> selected = others.getOrDefault(question.id(), List.of());
        others.remove(question.id());
        model.addAttribute("question", question);
        model.addAttribute("checkboxes", question.type() == AnswerType.CHECKBOX);
        model.addAttribute("selected", selected);
        model.addAttribute("hiddenFields", hiddenFields(others));
        model.addAttribute("action", BASE + "/questions/" + question.id());
        String back = journey.before(question.id())
                .map(earlier -> questionUrl(earlier.id(), journey.answers()))
                .orElse(BASE);
        model.addAttribute("backLink", back);
        model.addAttribute("error", error);
        model.addAttribute("describedBy", describedBy(question, error));
        return "benefits/question";
    }

    private String nothingChosen(Question question, Locale locale) {
        String general = messages.getMessage(
                question.type() == AnswerType.CHECKBOX ? "benefits.error.checkbox" : "benefits.error.radio", null,
                locale);
        return messages.getMessage("benefits.error." + question.id(), null, general, locale);
    }

    private static @Nullable String describedBy(Question question, @Nullable String error) {
        StringJoiner ids = new StringJoiner(" ");
        if (question.hint() != null) {
            ids.add(question.id() + "-hint");
        }
        if (error != null) {
            ids.add(question.id() + "-error");
        }
        return ids.length() == 0 ? null : ids.toString();
    }

    private static String whereNext(BenefitsJourney journey) {
        Question next = journey.next();
        return next == null
                ? withAnswers(BASE + "/results", journey.answers())
                : questionUrl(next.id(), journey.answers());
    }

    private static String questionUrl(String questionId, Map<String, List<String>> answers) {
        return withAnswers(BASE + "/questions/" + questionId, answers);
    }

    private static String withAnswers(String path, Map<String, List<String>> answers) {
        StringJoiner query = new StringJoiner("&", path + "?", "").setEmptyValue(path);
        answers.forEach((question, values) -> values.forEach(value -> query.add(
                UriUtils.encodeQueryParam(question, StandardCharsets.UTF_8) + "="
                        + UriUtils.encodeQueryParam(value, StandardCharsets.UTF_8))));
        return query.toString();
    }

    private static List<HiddenField> hiddenFields(Map<String, List<String>> answers) {
        List<HiddenField> fields = new ArrayList<>();
        answers.forEach((question, values) -> values.forEach(value -> fields.add(new HiddenField(question, value))));
        return fields;
    }

    /** An earlier answer carried through a question's form. */
    record HiddenField(String name, String value) {}

    /** One row of the answers summary: the question, the options chosen and where to change them. */
    record AnswerRow(String question, List<String> answers, String changeUrl) {}
}
