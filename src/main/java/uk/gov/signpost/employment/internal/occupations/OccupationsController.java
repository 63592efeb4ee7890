package uk.gov.signpost.employment.internal.occupations;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;
import uk.gov.signpost.employment.Dataset;
import uk.gov.signpost.employment.Occupations;
import uk.gov.signpost.employment.Occupations.Skill;
import uk.gov.signpost.employment.Occupations.UnitGroup;
import uk.gov.signpost.employment.TrainingSearch;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * Occupations and skills over HTTP. Bad parameters fail with {@link InvalidFieldException} (422, naming the
 * parameter); an unknown SOC code with {@link uk.gov.signpost.platform.NotFoundException} (404).
 */
@RestController
@RequestMapping("/api/v1/occupations")
class OccupationsController {

    private static final int GAP_TRAINING = 5;
    private static final int SKILLS_FOR_TRAINING = 15;

    private final Occupations occupations;
    private final TrainingSearch training;

    OccupationsController(Occupations occupations, TrainingSearch training) {
        this.occupations = occupations;
        this.training = training;
    }

    @GetMapping
    Found find(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String limit) {
        String text = q == null ? "" : q;
        return new Found(text.strip(), occupations.find(text, number(limit, "limit", 5)), occupations.sources());
    }

    @GetMapping("/{soc}/skills")
    Occupations.Profile skills(@PathVariable String soc, @RequestParam(required = false) @Nullable String limit) {
        return occupations.profile(soc, number(limit, "limit", 30));
    }

    @GetMapping("/{soc}/related")
    RelatedOccupations related(@PathVariable String soc, @RequestParam(required = false) @Nullable String limit) {
        List<Occupations.Related> related = occupations.related(soc, number(limit, "limit", 10));
        return new RelatedOccupations(soc, related, occupations.sources());
    }

    @GetMapping("/gap")
    GapWithTraining gap(@RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to) {
        Occupations.Gap gap = occupations.gap(socCode(from, "from"), socCode(to, "to"));
        List<String> toGain = gap.skillsToGain().stream().limit(SKILLS_FOR_TRAINING).map(Skill::label).toList();
        List<TrainingSearch.Suggestion> suggestions = training.forSkills(toGain, GAP_TRAINING);
        List<Dataset> sources = new ArrayList<>(gap.sources());
        sources.addAll(training.sources());
        return new GapWithTraining(gap.from(), gap.to(), gap.skillsYouHave(), gap.skillsToGain(), suggestions,
                sources);
    }

    private static String socCode(@Nullable String code, String field) {
        if (code == null || code.isBlank()) {
            throw new InvalidFieldException("soc_code_required", field,
                    "Give the SOC 2020 unit group code in " + field + ", for example 4112");
        }
        if (!code.strip().matches("[0-9]{4}")) {
            throw new InvalidFieldException("soc_code_invalid", field,
                    "A SOC 2020 unit group code has four digits, for example 4112");
        }
        return code.strip();
    }

    private static int number(@Nullable String value, String field, int byDefault) {
        if (value == null || value.isBlank()) {
            return byDefault;
        }
        if (!value.strip().matches("[0-9]{1,3}")) {
            throw new InvalidFieldException("limit_invalid", field, "Give " + field + " as a whole number");
        }
        return Integer.parseInt(value.strip());
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record Found(String query, List<Occupations.Match> occupations, List<Dataset> sources) {
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record RelatedOccupations(String socCode, List<Occupations.Related> related, List<Dataset> sources) {
    }

    /** The gap, and apprenticeship standards that teach the skills to gain. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record GapWithTraining(UnitGroup from, UnitGroup to, List<Skill> skillsYouHave, List<Skill> skillsToGain,
            List<TrainingSearch.Suggestion> training, List<Dataset> sources) {
    }
}
