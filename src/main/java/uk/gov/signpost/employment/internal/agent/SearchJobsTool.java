package uk.gov.signpost.employment.internal.agent;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.signpost.agent.AgentTool;
import uk.gov.signpost.agent.ToolContext;
import uk.gov.signpost.agent.ToolInputException;
import uk.gov.signpost.agent.ToolOutput;
import uk.gov.signpost.agent.Wording;
import uk.gov.signpost.conversation.Card;
import uk.gov.signpost.employment.JobMatch;
import uk.gov.signpost.employment.JobQuery;
import uk.gov.signpost.employment.JobSearch;
import uk.gov.signpost.employment.JobSearchResult;
import uk.gov.signpost.model.Language;
import uk.gov.signpost.model.ToolDefinition;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * Job search as a tool: the best adverts as cards, each saying where it is and why it matched. The adverts are
 * real but historical (Civil Service Jobs, November 2023 to January 2024), and the reply says so.
 */
@Component
class SearchJobsTool implements AgentTool {

    static final String CIVIL_SERVICE_JOBS = "https://www.civilservicejobs.service.gov.uk/";
    static final String FIND_A_JOB = "https://www.gov.uk/find-a-job";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SHOWN = 5;

    private final JobSearch jobs;
    private final Wording wording;

    SearchJobsTool(JobSearch jobs, Wording wording) {
        this.jobs = jobs;
        this.wording = wording;
    }

    @Override
    public ToolDefinition definition() {
        return new ToolDefinition("search_jobs",
                "Search job adverts by what job and where (a postcode district such as LS1, a postcode or a town),"
                        + " with an optional distance in miles and minimum salary. Each result says why it matched.",
                "{\"type\":\"object\",\"properties\":{\"q\":{\"type\":\"string\"},\"near\":{\"type\":\"string\"},"
                        + "\"radius_miles\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":200},"
                        + "\"salary_min\":{\"type\":\"integer\",\"minimum\":0}},\"required\":[\"q\"]}");
    }

    @Override
    public ToolOutput run(JsonNode arguments, ToolContext context) {
        String text = arguments.path("q").asString("");
        String near = arguments.path("near").isString() ? arguments.path("near").asString() : null;
        int radius = arguments.path("radius_miles").isNumber() ? arguments.path("radius_miles").asInt()
                : JobQuery.DEFAULT_RADIUS_MILES;
        Integer salary = arguments.path("salary_min").isNumber() ? arguments.path("salary_min").asInt() : null;
        JobSearchResult result;
        try {
            result = search(text, near, radius, salary);
        } catch (InvalidFieldException e) {
            throw new ToolInputException(wording.invalidInput(e, context.language()));
        }
        Language language = context.language();
        List<Card> cards = new ArrayList<>();
        for (JobMatch match : result.results()) {
            cards.add(new Card("job:" + match.id(), match.title(), CIVIL_SERVICE_JOBS, describe(match, language), null,
                    why(match, language)));
        }
        String nearText = result.near() != null ? wording.text("tool.jobs.near", language, result.near()) : "";
        String say = result.total() == 0
                ? wording.text("tool.jobs.none", language, nearText)
                : wording.text("tool.jobs.found", language, result.total(), nearText,
                        String.valueOf(Math.min(SHOWN, result.results().size())), String.valueOf(result.total()));
        return new ToolOutput(JSON.writeValueAsString(result), cards, say, List.of(CIVIL_SERVICE_JOBS, FIND_A_JOB));
    }

    /**
     * Searches near the place as given; if it is not a place Signpost knows ("in Leeds please"), tries each word
     * of it in turn before giving up.
     */
    private JobSearchResult search(String text, String near, int radius, Integer salary) {
        try {
            return jobs.search(new JobQuery(text, near, radius, salary, null, null, 1, SHOWN));
        } catch (InvalidFieldException unknownPlace) {
            if (near == null || !"near".equals(unknownPlace.field())) {
                throw unknownPlace;
            }
            for (String word : near.split("[^\\p{L}\\p{N}]+")) {
                if (word.length() < 2) {
                    continue;
                }
                try {
                    return jobs.search(new JobQuery(text, word, radius, salary, null, null, 1, SHOWN));
                } catch (InvalidFieldException notThisWord) {
                    // try the next word
                }
            }
            throw unknownPlace;
        }
    }

    private String describe(JobMatch match, Language language) {
        StringBuilder text = new StringBuilder(match.employer()).append(", ").append(match.location());
        if (match.distanceMiles() != null) {
            text.append(wording.text("tool.jobs.miles", language,
                    String.format(java.util.Locale.UK, "%.1f", match.distanceMiles())));
        }
        if (match.salaryMin() != null) {
            String from = String.format(java.util.Locale.UK, "%,d", match.salaryMin());
            if (match.salaryMax() != null && !match.salaryMax().equals(match.salaryMin())) {
                text.append(wording.text("tool.jobs.salaryRange", language, from,
                        String.format(java.util.Locale.UK, "%,d", match.salaryMax())));
            } else {
                text.append(wording.text("tool.jobs.salary", language, from));
            }
        }
        return text.append(wording.text("tool.jobs.closed", language, String.valueOf(match.closingDate())))
                .toString();
    }

    private String why(JobMatch match, Language language) {
        if (match.why().isEmpty()) {
            return wording.text("tool.jobs.why.any", language);
        }
        String key = switch (match.why().get(0).kind()) {
            case TITLE_WORDS -> "titleWords";
            case ADVERT_WORDS -> "advertWords";
            case SIMILAR_MEANING -> "similarMeaning";
            case SAME_OCCUPATION -> "sameOccupation";
            case SKILLS -> "skills";
            case DISTANCE -> "distance";
            case IN_AREA, PLACE_WITHOUT_DISTANCE -> "inArea";
            case NATIONAL -> "national";
            case REMOTE -> "remote";
        };
        return wording.text("tool.jobs.why." + key, language);
    }
}
