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
import uk.gov.signpost.conversation.Card;
import uk.gov.signpost.employment.JobMatch;
import uk.gov.signpost.employment.JobQuery;
import uk.gov.signpost.employment.JobSearch;
import uk.gov.signpost.employment.JobSearchResult;
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

    SearchJobsTool(JobSearch jobs) {
        this.jobs = jobs;
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
            throw new ToolInputException(e.field() + ": " + e.getMessage());
        }
        List<Card> cards = new ArrayList<>();
        for (JobMatch match : result.results()) {
            cards.add(new Card("job:" + match.id(), match.title(), CIVIL_SERVICE_JOBS, describe(match), null,
                    why(match)));
        }
        String say;
        if (result.total() == 0) {
            say = "I could not find adverts for that" + (result.near() != null ? " near " + result.near() : "")
                    + ". Try other words or a wider area.";
        } else {
            say = "I found " + result.total() + (result.total() == 1 ? " advert" : " adverts")
                    + (result.near() != null ? " near " + result.near() : "") + ". The cards below show the best "
                    + Math.min(SHOWN, result.results().size()) + ". These are Civil Service adverts from late 2023"
                    + " and have closed, so use them to see what jobs are like. Search for open jobs on GOV.UK.";
        }
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

    private static String describe(JobMatch match) {
        StringBuilder text = new StringBuilder(match.employer()).append(", ").append(match.location());
        if (match.distanceMiles() != null) {
            text.append(" (").append(String.format(java.util.Locale.UK, "%.1f", match.distanceMiles())).append(" miles)");
        }
        if (match.salaryMin() != null) {
            text.append(". £").append(String.format(java.util.Locale.UK, "%,d", match.salaryMin()));
            if (match.salaryMax() != null && !match.salaryMax().equals(match.salaryMin())) {
                text.append(" to £").append(String.format(java.util.Locale.UK, "%,d", match.salaryMax()));
            }
            text.append(" a year");
        }
        return text.append(". Closed ").append(match.closingDate()).append('.').toString();
    }

    private static String why(JobMatch match) {
        if (match.why().isEmpty()) {
            return "It matches your search.";
        }
        return switch (match.why().get(0).kind()) {
            case TITLE_WORDS -> "The job title has the words you searched for.";
            case ADVERT_WORDS -> "The advert mentions the words you searched for.";
            case SIMILAR_MEANING -> "The job title is close in meaning to what you searched for.";
            case SAME_OCCUPATION -> "It is the same kind of job as you searched for.";
            case SKILLS -> "This kind of job uses the skills you searched for.";
            case DISTANCE -> "It is near the place you gave.";
            case IN_AREA, PLACE_WITHOUT_DISTANCE -> "It is in the area you gave.";
            case NATIONAL -> "The job can be anywhere in the UK.";
            case REMOTE -> "The job can be done from home.";
        };
    }
}
