package uk.gov.signpost.employment.internal.occupations;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import uk.gov.signpost.employment.Dataset;
import uk.gov.signpost.employment.Occupations;
import uk.gov.signpost.employment.internal.occupations.SkillProfiles.RelevantSkill;
import uk.gov.signpost.employment.internal.occupations.SkillProfiles.SkillProfile;
import uk.gov.signpost.platform.InvalidFieldException;
import uk.gov.signpost.platform.NotFoundException;

/**
 * {@link Occupations} over the ONS coding index, SOC 2020 Volume 1, the SOC → ISCO-08 crosswalk and ESCO.
 *
 * <p>Finding: job titles go through {@link SocCoder}; a few words about the work also go through
 * {@link SocSearch}, whose matches rank below any coding index match (their confidence is at most
 * {@value #DESCRIPTION_CONFIDENCE}). Welsh job words are put into English first ({@link WelshJobTerms}).
 */
@Component
class OccupationCatalogue implements Occupations {

    static final int MAX_TEXT = 200;
    static final int MAX_LIMIT = 50;
    private static final double DESCRIPTION_CONFIDENCE = 0.6;
    private static final int ESCO_PER_MATCH = 3;
    private static final int ESCO_PER_PROFILE = 10;
    private static final int GAP_SKILLS = 25;
    private static final List<Dataset> SOURCES = List.of(
            new Dataset("ONS Standard Occupational Classification 2020: coding index and Volume 1",
                    "Coding index version 12", LocalDate.of(2025, 4, 16), "Open Government Licence v3.0",
                    "Source: Office for National Statistics licensed under the Open Government Licence v3.0."),
            new Dataset("ESCO classification (European Skills, Competences, Qualifications and Occupations)",
                    "v1.1.1", null, "European Commission re-use policy (Decision 2011/833/EU), CC BY 4.0",
                    "This service uses the ESCO classification of the European Commission."));

    private final SocCoder coder;
    private final SocSearch search;
    private final SkillProfiles profiles;
    private final WelshJobTerms welsh;

    OccupationCatalogue(SocCoder coder, SocSearch search, SkillProfiles profiles, WelshJobTerms welsh) {
        this.coder = coder;
        this.search = search;
        this.profiles = profiles;
        this.welsh = welsh;
    }

    @Override
    public List<Match> find(String whatTheyDid, int limit) {
        String text = whatTheyDid.strip();
        if (text.isEmpty()) {
            throw new InvalidFieldException("query_empty", "q", "Enter a job title or a few words about the work");
        }
        if (text.length() > MAX_TEXT) {
            throw new InvalidFieldException("query_too_long", "q",
                    "Enter " + MAX_TEXT + " characters or fewer about the work");
        }
        checkLimit(limit);
        text = welsh.inEnglish(text);
        Map<String, Match> bySoc = new LinkedHashMap<>();
        for (SocMatch match : coder.candidates(text, limit)) {
            bySoc.put(match.socCode(), match(match.socCode(), match.confidence(),
                    match.method().name().toLowerCase(Locale.ROOT), match.matchedIndexEntry()));
        }
        for (SocSearch.Hit hit : search.find(text, limit)) {
            double confidence = DESCRIPTION_CONFIDENCE * hit.relativeScore();
            Match found = bySoc.get(hit.socCode());
            if (found == null || found.confidence() < confidence) {
                bySoc.put(hit.socCode(), match(hit.socCode(), confidence, "description", null));
            }
        }
        return bySoc.values().stream()
                .sorted(Comparator.comparingDouble(Match::confidence).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public Profile profile(String socCode, int skillLimit) {
        checkLimit(skillLimit);
        SkillProfile profile = profileOf(socCode);
        SocGroup group = profile.group();
        return new Profile(unitGroup(profile), group.description(), group.relatedJobTitles(),
                profile.iscoGroups().stream()
                        .map(isco -> new IscoGroup(isco.isco08(), isco.title(), round(isco.share())))
                        .toList(),
                escoOccupations(profile, ESCO_PER_PROFILE),
                profile.skills().stream().limit(skillLimit).map(OccupationCatalogue::skill).toList(),
                SOURCES);
    }

    @Override
    public List<Related> related(String socCode, int limit) {
        checkLimit(limit);
        return profiles.similarTo(profileOf(socCode), limit).stream()
                .map(similar -> new Related(unitGroup(similar.profile()), round(similar.similarity()),
                        similar.sharedSkills()))
                .toList();
    }

    @Override
    public Gap gap(String fromSocCode, String toSocCode) {
        SkillProfile from = profileOf(fromSocCode);
        SkillProfile to = profileOf(toSocCode);
        if (from.group().code().equals(to.group().code())) {
            throw new InvalidFieldException("same_occupation", "to", "Choose a different occupation to move to");
        }
        List<RelevantSkill> needed = to.needed();
        return new Gap(unitGroup(from), unitGroup(to),
                needed.stream().filter(skill -> from.relevanceOf(skill.skill()) >= SkillProfiles.NEEDED)
                        .limit(GAP_SKILLS).map(OccupationCatalogue::skill).toList(),
                needed.stream().filter(skill -> from.relevanceOf(skill.skill()) < SkillProfiles.NEEDED)
                        .limit(GAP_SKILLS).map(OccupationCatalogue::skill).toList(),
                SOURCES);
    }

    @Override
    public List<Dataset> sources() {
        return SOURCES;
    }

    private Match match(String socCode, double confidence, String matchedBy, @Nullable String matchedIndexEntry) {
        SkillProfile profile = profileOf(socCode);
        return new Match(socCode, profile.group().title(), round(confidence), matchedBy, matchedIndexEntry,
                escoOccupations(profile, ESCO_PER_MATCH));
    }

    private SkillProfile profileOf(String socCode) {
        return profiles.of(socCode).orElseThrow(() -> new NotFoundException("occupation_not_found",
                "There is no SOC 2020 unit group with the code " + printable(socCode)
                        + ". Unit group codes have four digits, for example 4112"));
    }

    private static List<EscoOccupation> escoOccupations(SkillProfile profile, int limit) {
        return profile.occupations().stream().limit(limit)
                .map(weighted -> weighted.occupation())
                .map(esco -> new EscoOccupation(esco.label(), esco.escoCode(), esco.isco08(), esco.uri()))
                .toList();
    }

    private static UnitGroup unitGroup(SkillProfile profile) {
        return new UnitGroup(profile.group().code(), profile.group().title());
    }

    private static Skill skill(RelevantSkill relevant) {
        return new Skill(relevant.skill().label(), relevant.skill().type(), round(relevant.relevance()),
                relevant.skill().uri());
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidFieldException("limit_out_of_range", "limit",
                    "Ask for between 1 and " + MAX_LIMIT + " results");
        }
    }

    /** A code safe to repeat back: digits only, at most four, so nothing a person wrote reaches a message. */
    private static String printable(String socCode) {
        return socCode.matches("[0-9]{1,6}") ? socCode : "you gave";
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
