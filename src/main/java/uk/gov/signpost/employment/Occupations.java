package uk.gov.signpost.employment;

import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * Occupations and their skills: from what a person did before to ONS SOC 2020 unit groups, then to the skills
 * ESCO (the European Commission's classification) lists for them, through the SOC 2020 → ISCO-08 crosswalk.
 * The records are the API's JSON as well, so the agent's tools and {@code /api/v1/occupations} say the same.
 *
 * <p>Skills are ESCO's; they are not a judgement of any one person's skills.
 */
public interface Occupations {

    /**
     * SOC 2020 unit groups that fit what a person did before, best first: a job title ("HEO policy adviser") or
     * a few words about the work ("I looked after elderly people in their homes").
     *
     * @throws uk.gov.signpost.platform.InvalidFieldException ({@code q}) when the text is empty or too long
     */
    List<Match> find(String whatTheyDid, int limit);

    /**
     * The unit group's ESCO occupations and skills.
     *
     * @throws uk.gov.signpost.platform.NotFoundException when the code is not a SOC 2020 unit group
     */
    Profile profile(String socCode, int skillLimit);

    /** Unit groups needing the most similar skills, most similar first. */
    List<Related> related(String socCode, int limit);

    /** Skills a move from one unit group to another keeps, and skills it needs. */
    Gap gap(String fromSocCode, String toSocCode);

    /** The data sets behind every answer. */
    List<Dataset> sources();

    /**
     * One unit group that fits.
     *
     * @param confidence from 0 to 1, for ranking and for deciding whether to ask the person; not a probability
     * @param matchedBy {@code exact_title}, {@code title_with_qualifier}, {@code word_overlap} (all from the ONS
     *     coding index) or {@code description} (from the unit group's description, tasks and job titles)
     * @param matchedIndexEntry the coding index entry that matched, when one did
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Match(String socCode, String title, double confidence, String matchedBy,
            @Nullable String matchedIndexEntry, List<EscoOccupation> escoOccupations) {

        public Match {
            escoOccupations = List.copyOf(escoOccupations);
        }
    }

    /** An ESCO occupation; {@code uri} is its ESCO concept. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record EscoOccupation(String label, String escoCode, String isco08, String uri) {
    }

    /**
     * An ESCO skill.
     *
     * @param type {@code skill} or {@code knowledge}
     * @param relevance from 0 to 1: the weighted share of the unit group's ESCO occupations that need it
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Skill(String label, String type, double relevance, String uri) {
    }

    /** A SOC 2020 unit group, by code and title. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record UnitGroup(String socCode, String title) {
    }

    /** An ISCO-08 group and the share of the unit group's index entries that ONS coded to it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record IscoGroup(String isco08, String title, double share) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Profile(UnitGroup occupation, String description, List<String> exampleJobTitles,
            List<IscoGroup> isco08Groups, List<EscoOccupation> escoOccupations, List<Skill> skills,
            List<Dataset> sources) {

        public Profile {
            exampleJobTitles = List.copyOf(exampleJobTitles);
            isco08Groups = List.copyOf(isco08Groups);
            escoOccupations = List.copyOf(escoOccupations);
            skills = List.copyOf(skills);
            sources = List.copyOf(sources);
        }
    }

    /**
     * @param similarity cosine of the two skill profiles, from 0 to 1
     * @param sharedSkills how many skills both need
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Related(UnitGroup occupation, double similarity, int sharedSkills) {
    }

    /**
     * @param skillsYouHave skills the new occupation needs that the old one also needed
     * @param skillsToGain skills the new occupation needs that the old one did not, most needed first; each
     *     skill's relevance is to the new occupation
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Gap(UnitGroup from, UnitGroup to, List<Skill> skillsYouHave, List<Skill> skillsToGain,
            List<Dataset> sources) {

        public Gap {
            skillsYouHave = List.copyOf(skillsYouHave);
            skillsToGain = List.copyOf(skillsToGain);
            sources = List.copyOf(sources);
        }
    }
}
