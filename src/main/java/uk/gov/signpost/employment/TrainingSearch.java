package uk.gov.signpost.employment;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * Search over apprenticeship standards: their title, level, route, and the knowledge, skills and behaviours they
 * teach. Every standard says which published list it came from and how old that list is. The records are the
 * API's JSON as well.
 *
 * <p>It does not know which providers offer a standard, or where: that is on GOV.UK's "Find an apprenticeship"
 * and "Find apprenticeship training" services.
 */
public interface TrainingSearch {

    int PAGE_SIZE = 10;

    /**
     * One page of standards that match, best first (by title when there is no text).
     *
     * @throws InvalidFieldException ({@code route}) when the route is not one of {@link #routes()}
     */
    Results search(Query query);

    /**
     * Standards, approved for delivery, whose knowledge and skills cover most of these skills (for example the
     * ESCO skills a person would need to gain), best first.
     */
    List<Suggestion> forSkills(List<String> skills, int limit);

    /** Every route, as the search's {@code route} accepts it, in alphabetical order. */
    List<String> routes();

    /** The data sets behind every answer. */
    List<Dataset> sources();

    /**
     * What to search for. Text is optional; so are the filters.
     *
     * @param level 2 (intermediate) to 7 (master's degree level)
     * @param page from 1
     */
    record Query(String text, @Nullable Integer level, @Nullable String route, int page) {

        public static final int MAX_TEXT = 100;

        public Query {
            text = text.strip();
            if (text.length() > MAX_TEXT) {
                throw new InvalidFieldException("query_too_long", "q",
                        "Search terms must be " + MAX_TEXT + " characters or fewer");
            }
            if (level != null && (level < 2 || level > 7)) {
                throw new InvalidFieldException("level_out_of_range", "level", "Level must be from 2 to 7");
            }
            if (route != null && route.isBlank()) {
                route = null;
            }
            if (page < 1 || page > 1000) {
                throw new InvalidFieldException("page_out_of_range", "page", "Page must be from 1 to 1000");
            }
        }
    }

    /**
     * @param totalResults how many standards match, on all pages
     * @param results this page's standards; empty past the last page
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Results(int page, int pageSize, int totalResults, int totalPages, List<Result> results,
            List<Dataset> sources) {

        public Results {
            results = List.copyOf(results);
            sources = List.copyOf(sources);
        }
    }

    /**
     * A standard that matched, with up to three of its knowledge, skills and behaviours statements that share
     * the most words with the search.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Result(Standard standard, List<String> matchingStatements) {

        public Result {
            matchingStatements = List.copyOf(matchingStatements);
        }
    }

    /** A standard and the skills it covers, of those asked about. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Suggestion(Standard standard, List<String> coversSkills) {

        public Suggestion {
            coversSkills = List.copyOf(coversSkills);
        }
    }

    /**
     * An apprenticeship standard, as its list gives it.
     *
     * @param level 2 to 7; null where the list gives none
     * @param status {@code approved_for_delivery}, {@code approved_for_delivery_paused} or
     *     {@code in_development}, as at the list's date
     * @param url its page, where the list gives one (the 2018 list's addresses may have moved)
     * @param fromList which published list this comes from, and its date
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Standard(String reference, String title, @Nullable Integer level, String route,
            @Nullable Integer typicalDurationMonths, @Nullable Integer maxFundingGbp, String status,
            int knowledgeCount, int skillsCount, int behavioursCount, @Nullable String url, FromList fromList) {
    }

    /**
     * A published list of standards.
     *
     * @param outOfDate true when the list is old enough that details may have changed since
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record FromList(String name, LocalDate accurateAsOf, boolean outOfDate) {
    }
}
