package uk.gov.signpost.employment.internal.agent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.agent.AgentTool;
import uk.gov.signpost.agent.ToolContext;
import uk.gov.signpost.agent.ToolInputException;
import uk.gov.signpost.agent.ToolOutput;
import uk.gov.signpost.agent.Wording;
import uk.gov.signpost.conversation.Card;
import uk.gov.signpost.employment.TrainingSearch;
import uk.gov.signpost.model.ToolDefinition;
import uk.gov.signpost.platform.InvalidFieldException;

/** Apprenticeship standards that match what the person wants to learn, as cards, with the age of the list. */
@Component
class SearchTrainingTool implements AgentTool {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final String FIND_TRAINING = "https://www.gov.uk/apply-apprenticeship";
    private static final int SHOWN = 5;

    private final TrainingSearch training;
    private final Wording wording;

    SearchTrainingTool(TrainingSearch training, Wording wording) {
        this.training = training;
        this.wording = wording;
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("search_training",
                "Search apprenticeship standards in England by subject, with an optional level (2 to 7) and route."
                        + " Each result says which published list it came from and how old it is.",
                "{\"type\":\"object\",\"properties\":{\"q\":{\"type\":\"string\"},"
                        + "\"level\":{\"type\":\"integer\",\"minimum\":2,\"maximum\":7},"
                        + "\"route\":{\"type\":\"string\"}},\"required\":[\"q\"]}");
    }

    @Override
    public ToolOutput run(JsonNode arguments, ToolContext context) {
        TrainingSearch.Results results;
        try {
            Integer level = arguments.path("level").isNumber() ? arguments.path("level").asInt() : null;
            String route = arguments.path("route").isString() ? arguments.path("route").asString() : null;
            results = training.search(new TrainingSearch.Query(arguments.path("q").asString(""), level, route, 1));
        } catch (InvalidFieldException e) {
            throw new ToolInputException(wording.invalidInput(e, context.language()));
        }
        List<Card> cards = new ArrayList<>();
        List<String> links = new ArrayList<>();
        boolean dated = false;
        for (TrainingSearch.Result result : results.results().subList(0, Math.min(SHOWN, results.results().size()))) {
            TrainingSearch.Standard standard = result.standard();
            String url = standard.url() != null ? standard.url() : FIND_TRAINING;
            links.add(url);
            dated |= standard.fromList().outOfDate();
            cards.add(new Card("training:" + standard.reference(), standard.title(), url, describe(standard), null,
                    wording.text("tool.training.why", context.language(), standard.fromList().name(),
                            String.valueOf(standard.fromList().accurateAsOf()))));
        }
        String say;
        if (results.totalResults() == 0) {
            say = wording.text("tool.training.none", context.language());
        } else {
            String shown = results.totalResults() > SHOWN
                    ? wording.text("tool.training.foundFirst", context.language(), String.valueOf(SHOWN))
                    : wording.text("tool.training.foundAll", context.language());
            say = wording.text("tool.training.found", context.language(), results.totalResults(), shown,
                    String.valueOf(results.totalResults()));
            if (dated) {
                say += wording.text("tool.training.dated", context.language());
            }
        }
        links.add(FIND_TRAINING);
        return new ToolOutput(JSON.writeValueAsString(results), cards, say, links);
    }

    private static String describe(TrainingSearch.Standard standard) {
        StringBuilder text = new StringBuilder();
        if (standard.level() != null) {
            text.append("Level ").append(standard.level()).append(" apprenticeship");
        } else {
            text.append("Apprenticeship");
        }
        if (standard.typicalDurationMonths() != null) {
            text.append(", usually about ").append(standard.typicalDurationMonths()).append(" months");
        }
        text.append(". Route: ").append(standard.route().toLowerCase(Locale.UK)).append('.');
        return text.toString();
    }
}
