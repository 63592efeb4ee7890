package uk.gov.signpost.employment.internal.agent;

import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.agent.AgentTool;
import uk.gov.signpost.agent.ToolContext;
import uk.gov.signpost.agent.ToolInputException;
import uk.gov.signpost.agent.ToolOutput;
import uk.gov.signpost.agent.Wording;
import uk.gov.signpost.employment.GuidanceQuery;
import uk.gov.signpost.employment.GuidanceResults;
import uk.gov.signpost.employment.GuidanceSearch;
import uk.gov.signpost.model.ToolDefinition;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * GOV.UK guidance, one section at a time, for a model to answer from and cite. The section URLs are the only
 * links an answer that uses them may carry.
 */
@Component
class SearchGuidanceTool implements AgentTool {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SHOWN = 5;

    private final GuidanceSearch guidance;
    private final Wording wording;

    SearchGuidanceTool(GuidanceSearch guidance, Wording wording) {
        this.guidance = guidance;
        this.wording = wording;
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("search_guidance",
                "Search GOV.UK guidance on Universal Credit, Jobseeker's Allowance, ESA, redundancy,"
                        + " apprenticeships and courses. Returns sections with their GOV.UK address. Answer only from"
                        + " these sections and cite the address of each one you use.",
                "{\"type\":\"object\",\"properties\":{\"q\":{\"type\":\"string\"}},\"required\":[\"q\"]}");
    }

    @Override
    public ToolOutput run(JsonNode arguments, ToolContext context) {
        GuidanceResults results;
        try {
            results = guidance.search(new GuidanceQuery(arguments.path("q").asString(""), 1));
        } catch (InvalidFieldException e) {
            throw new ToolInputException(wording.invalidInput(e, context.language()));
        }
        List<GuidanceResults.Hit> hits = results.results().subList(0, Math.min(SHOWN, results.results().size()));
        return new ToolOutput(JSON.writeValueAsString(hits), List.of(), null,
                hits.stream().map(GuidanceResults.Hit::url).toList());
    }
}
