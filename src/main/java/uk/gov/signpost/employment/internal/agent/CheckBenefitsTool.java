package uk.gov.signpost.employment.internal.agent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.agent.AgentTool;
import uk.gov.signpost.agent.ToolContext;
import uk.gov.signpost.agent.ToolInputException;
import uk.gov.signpost.agent.ToolOutput;
import uk.gov.signpost.agent.Wording;
import uk.gov.signpost.conversation.Card;
import uk.gov.signpost.employment.BenefitsCheck;
import uk.gov.signpost.employment.BenefitsCheckOutcome;
import uk.gov.signpost.model.ToolDefinition;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * GOV.UK's "Check benefits and financial support you can get" as a tool. The results and their reasons come
 * from the rules, in the turn's language, and the reply states them in code, so no model can change what a person
 * may get.
 */
@Component
class CheckBenefitsTool implements AgentTool {

    static final String GOVUK_CHECKER = "https://www.gov.uk/check-benefits-financial-support";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BenefitsCheck check;
    private final Wording wording;
    CheckBenefitsTool(BenefitsCheck check, Wording wording) {
        this.check = check;
        this.wording = wording;
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("check_benefits",
                "GOV.UK's benefits and financial support checker. Give GOV.UK's question ids and option values."
                        + " Returns the questions still needed, or the support the person may get with reasons.",
                "{\"type\":\"object\",\"properties\":{\"answers\":{\"type\":\"object\","
                        + "\"description\":\"question id to an option value, or a list of values for checkboxes\"}},"
                        + "\"required\":[\"answers\"]}");
    }

    @Override
    public ToolOutput run(JsonNode arguments, ToolContext context) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> answer : arguments.path("answers").properties()) {
            List<String> values = new ArrayList<>();
            if (answer.getValue().isArray()) {
                answer.getValue().forEach(v -> values.add(v.asString()));
            } else {
                values.add(answer.getValue().asString());
            }
            answers.put(answer.getKey(), values);
        }
        BenefitsCheckOutcome outcome;
        try {
            outcome = check.check(answers, context.language());
        } catch (InvalidFieldException e) {
            throw new ToolInputException(wording.invalidInput(e, context.language()));
        }
        if (!outcome.complete()) {
            List<String> missing = outcome.nextQuestions().stream().map(BenefitsCheckOutcome.Question::id).toList();
            return new ToolOutput(JSON.writeValueAsString(Map.of("complete", false, "next_questions", missing)),
                    List.of(), null, List.of());
        }
        List<Card> cards = new ArrayList<>();
        List<String> links = new ArrayList<>();
        List<Map<String, String>> results = new ArrayList<>();
        for (BenefitsCheckOutcome.Result result : outcome.results()) {
            String url = result.url() != null ? result.url() : GOVUK_CHECKER;
            links.add(url);
            cards.add(new Card(result.key(), result.title(), url,
                    wording.text("tool.benefits.purpose", context.language()), null, result.reason()));
            results.add(Map.of("key", result.key(), "title", result.title(), "url", url, "reason", result.reason()));
        }
        String say = outcome.results().isEmpty()
                ? wording.text("tool.benefits.none", context.language())
                : wording.text("tool.benefits.found", context.language(), outcome.results().size(),
                        String.valueOf(outcome.results().size()));
        return new ToolOutput(JSON.writeValueAsString(Map.of("complete", true, "results", results)), cards, say,
                links);
    }
}
