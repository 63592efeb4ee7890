package uk.gov.signpost.employment.internal.occupations;

import uk.gov.signpost.employment.internal.data.CsvFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ESCO v1.1.1 occupations, skills and which skills each occupation needs, as the European Commission publishes
 * them (English). About 3,000 occupations, 13,900 skills and 124,000 links.
 */
final class EscoData {

    private static final String FOLDER = "data/occupations/esco/";

    private final Map<String, EscoOccupation> occupations = new HashMap<>();
    private final Map<String, List<EscoOccupation>> byIsco = new HashMap<>();
    private final Map<String, EscoSkill> skills = new HashMap<>();
    private final Map<String, List<SkillLink>> linksByOccupation = new HashMap<>();

    static EscoData read() {
        return new EscoData();
    }

    private EscoData() {
        CsvFile.read(FOLDER + "esco_occupations.csv", row -> {
            EscoOccupation occupation = new EscoOccupation(row.get("occupation_id"), row.get("esco_code"),
                    row.get("isco08"), row.get("preferred_label"), labels(row.get("alt_labels")));
            occupations.put(occupation.id(), occupation);
            byIsco.computeIfAbsent(occupation.isco08(), key -> new ArrayList<>()).add(occupation);
        });
        CsvFile.read(FOLDER + "esco_skills.csv.gz", row -> {
            String label = row.get("preferred_label");
            if (!label.isBlank()) {
                skills.put(row.get("skill_id"), new EscoSkill(row.get("skill_id"), label,
                        row.get("skill_type").equals("knowledge") ? "knowledge" : "skill"));
            }
        });
        CsvFile.read(FOLDER + "esco_occupation_skills.csv.gz", row -> {
            EscoSkill skill = skills.get(row.get("skill_id"));
            if (skill != null && occupations.containsKey(row.get("occupation_id"))) {
                linksByOccupation.computeIfAbsent(row.get("occupation_id"), key -> new ArrayList<>())
                        .add(new SkillLink(skill, row.get("relation_type").equals("essential")));
            }
        });
    }

    Optional<EscoOccupation> occupation(String id) {
        return Optional.ofNullable(occupations.get(id));
    }

    List<EscoOccupation> inIscoGroup(String isco08) {
        return byIsco.getOrDefault(isco08, List.of());
    }

    Iterable<EscoOccupation> occupations() {
        return Collections.unmodifiableCollection(occupations.values());
    }

    List<SkillLink> skillsOf(EscoOccupation occupation) {
        return linksByOccupation.getOrDefault(occupation.id(), List.of());
    }

    private static List<String> labels(String cell) {
        return cell.isBlank() ? List.of() : List.of(cell.split(" \\| "));
    }

    /** An ESCO occupation; {@code id} is the tail of its concept URI. */
    record EscoOccupation(String id, String escoCode, String isco08, String label, List<String> altLabels) {

        EscoOccupation {
            altLabels = List.copyOf(altLabels);
        }

        String uri() {
            return "http://data.europa.eu/esco/occupation/" + id;
        }
    }

    /** An ESCO skill or knowledge concept; {@code type} is {@code skill} or {@code knowledge}. */
    record EscoSkill(String id, String label, String type) {

        String uri() {
            return "http://data.europa.eu/esco/skill/" + id;
        }
    }

    /** One skill an occupation needs: essential, or optional. */
    record SkillLink(EscoSkill skill, boolean essential) {
    }
}
