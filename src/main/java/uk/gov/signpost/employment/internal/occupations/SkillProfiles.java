package uk.gov.signpost.employment.internal.occupations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import uk.gov.signpost.employment.internal.occupations.EscoData.EscoOccupation;
import uk.gov.signpost.employment.internal.occupations.EscoData.EscoSkill;
import uk.gov.signpost.employment.internal.occupations.EscoData.SkillLink;
import uk.gov.signpost.employment.internal.occupations.IscoCrosswalk.IscoShare;

/**
 * What each SOC 2020 unit group needs, in ESCO's skills, worked out once for all 412 unit groups on first use.
 *
 * <p>A unit group's ESCO occupations are those in its ISCO-08 groups, each group weighted by its share in the
 * crosswalk and shared equally among its ESCO occupations. ESCO occupations whose preferred name is one of the unit
 * group's own (unqualified) coding index titles share a further {@value #NAME_SHARE} of the weight, wherever ESCO
 * files them: so "Data analysts" reaches ESCO's "data analyst", which is in a different ISCO group. When neither
 * finds anything, ESCO's other names are tried. Florists (5443) still have none: their ISCO-08 group, 7549, has no
 * ESCO occupation, and ESCO has no occupation called florist.
 * A skill's relevance is the weighted share of those occupations that need it: an essential skill counts in
 * full, an optional one half. So relevance runs from 0 to 1.
 *
 * <p>It does not use ESCO's skill hierarchy: "use spreadsheets software" and "use Microsoft Office" are
 * different skills here, so gaps can look larger than they are.
 */
@Component
class SkillProfiles {

    /** Skills at least this relevant count as part of what an occupation needs. */
    static final double NEEDED = 0.15;

    /** The share of a unit group's weight that goes to ESCO occupations named like its own job titles. */
    private static final double NAME_SHARE = 0.4;

    private final SingletonSupplier<Map<String, SkillProfile>> bySoc;

    SkillProfiles(SocGroups groups, SocCoder coder) {
        this.bySoc = SingletonSupplier.of(() -> build(groups, coder, IscoCrosswalk.read(), EscoData.read()));
    }

    /** Works the profiles out now rather than at the first request. */
    void load() {
        bySoc.obtain();
    }

    private static Map<String, SkillProfile> build(SocGroups groups, SocCoder coder, IscoCrosswalk crosswalk,
            EscoData esco) {
        Map<String, SkillProfile> bySoc = new LinkedHashMap<>();
        Map<String, List<EscoOccupation>> byPreferredName = new HashMap<>();
        Map<String, List<EscoOccupation>> byOtherName = new HashMap<>();
        for (EscoOccupation occupation : esco.occupations()) {
            byPreferredName.computeIfAbsent(TitleWords.key(occupation.label()), key -> new ArrayList<>())
                    .add(occupation);
            occupation.altLabels().forEach(label -> byOtherName
                    .computeIfAbsent(TitleWords.key(label), key -> new ArrayList<>()).add(occupation));
        }
        for (SocGroup group : groups.all()) {
            if (!group.isUnitGroup()) {
                continue;
            }
            List<IscoShare> iscoGroups = crosswalk.iscoGroups(group.code());
            Map<EscoOccupation, Double> weights = new HashMap<>();
            for (IscoShare isco : iscoGroups) {
                List<EscoOccupation> inGroup = esco.inIscoGroup(isco.isco08());
                inGroup.forEach(occupation -> weights.merge(occupation, isco.share() / inGroup.size(), Double::sum));
            }
            Set<EscoOccupation> named = new HashSet<>();
            for (String title : coder.unqualifiedTitleKeys(group.code())) {
                named.addAll(byPreferredName.getOrDefault(title, List.of()));
            }
            if (named.isEmpty() && weights.isEmpty()) {
                for (String title : coder.unqualifiedTitleKeys(group.code())) {
                    named.addAll(byOtherName.getOrDefault(title, List.of()));
                }
            }
            double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
            double nameShare = total == 0 ? 1 : total * NAME_SHARE / (1 - NAME_SHARE);
            named.forEach(occupation -> weights.merge(occupation, nameShare / named.size(), Double::sum));
            bySoc.put(group.code(), profile(group, iscoGroups, weights, esco));
        }
        return bySoc;
    }

    Optional<SkillProfile> of(String socCode) {
        return Optional.ofNullable(bySoc.obtain().get(socCode));
    }

    /** Other unit groups whose skills are most alike (cosine of relevance), most alike first. */
    List<Similar> similarTo(SkillProfile profile, int limit) {
        return bySoc.obtain().values().stream()
                .filter(other -> !other.group().code().equals(profile.group().code()))
                .map(other -> new Similar(other, profile.cosine(other), profile.sharedNeeds(other)))
                .filter(similar -> similar.similarity() > 0)
                .sorted(Comparator.comparingDouble(Similar::similarity).reversed())
                .limit(limit)
                .toList();
    }

    private static SkillProfile profile(SocGroup group, List<IscoShare> iscoGroups,
            Map<EscoOccupation, Double> weights, EscoData esco) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        List<WeightedOccupation> occupations = weights.entrySet().stream()
                .map(entry -> new WeightedOccupation(entry.getKey(), entry.getValue() / total))
                .sorted(Comparator.comparingDouble(WeightedOccupation::weight).reversed()
                        .thenComparing(weighted -> weighted.occupation().label()))
                .toList();
        Map<EscoSkill, Double> relevance = new HashMap<>();
        for (WeightedOccupation weighted : occupations) {
            for (SkillLink link : esco.skillsOf(weighted.occupation())) {
                relevance.merge(link.skill(), weighted.weight() * (link.essential() ? 1.0 : 0.5), Double::sum);
            }
        }
        List<RelevantSkill> skills = relevance.entrySet().stream()
                .map(entry -> new RelevantSkill(entry.getKey(), Math.min(1.0, entry.getValue())))
                .sorted(Comparator.comparingDouble(RelevantSkill::relevance).reversed()
                        .thenComparing(skill -> skill.skill().label()))
                .toList();
        return new SkillProfile(group, iscoGroups, occupations, skills);
    }

    record WeightedOccupation(EscoOccupation occupation, double weight) {
    }

    record RelevantSkill(EscoSkill skill, double relevance) {
    }

    record Similar(SkillProfile profile, double similarity, int sharedSkills) {
    }

    /** One unit group's ESCO occupations and skills, each list most relevant first. */
    static final class SkillProfile {

        private final SocGroup group;
        private final List<IscoShare> iscoGroups;
        private final List<WeightedOccupation> occupations;
        private final List<RelevantSkill> skills;
        private final Map<String, Double> relevanceById = new HashMap<>();
        private final double norm;

        SkillProfile(SocGroup group, List<IscoShare> iscoGroups, List<WeightedOccupation> occupations,
                List<RelevantSkill> skills) {
            this.group = group;
            this.iscoGroups = List.copyOf(iscoGroups);
            this.occupations = List.copyOf(occupations);
            this.skills = List.copyOf(skills);
            skills.forEach(skill -> relevanceById.put(skill.skill().id(), skill.relevance()));
            this.norm = Math.sqrt(skills.stream().mapToDouble(skill -> skill.relevance() * skill.relevance()).sum());
        }

        SocGroup group() {
            return group;
        }

        List<IscoShare> iscoGroups() {
            return iscoGroups;
        }

        List<WeightedOccupation> occupations() {
            return occupations;
        }

        List<RelevantSkill> skills() {
            return skills;
        }

        /** How relevant this skill is to the unit group, 0 if it is not among its skills at all. */
        double relevanceOf(EscoSkill skill) {
            return relevanceById.getOrDefault(skill.id(), 0.0);
        }

        /** The skills relevant enough to count as needed. */
        List<RelevantSkill> needed() {
            return skills.stream().filter(skill -> skill.relevance() >= NEEDED).toList();
        }

        double cosine(SkillProfile other) {
            double dot = 0;
            for (RelevantSkill skill : other.skills) {
                dot += skill.relevance() * relevanceOf(skill.skill());
            }
            double norms = norm * other.norm;
            return norms == 0 ? 0 : dot / norms;
        }

        int sharedNeeds(SkillProfile other) {
            return (int) needed().stream().filter(skill -> other.relevanceOf(skill.skill()) >= NEEDED).count();
        }
    }
}
