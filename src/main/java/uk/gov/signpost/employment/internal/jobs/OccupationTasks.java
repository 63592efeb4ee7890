package uk.gov.signpost.employment.internal.jobs;

import uk.gov.signpost.employment.internal.data.CsvFile;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The typical tasks of each SOC 2020 unit group, from ONS SOC 2020 Volume 1 ({@code soc2020_groups.csv}). Job search
 * indexes them as the skills an advert's job uses, and quotes the one that matched.
 */
final class OccupationTasks {

    static final String PATH = "data/occupations/soc2020/soc2020_groups.csv";

    private final Map<String, List<String>> tasksByCode;

    private OccupationTasks(Map<String, List<String>> tasksByCode) {
        this.tasksByCode = tasksByCode;
    }

    static OccupationTasks load() {
        Map<String, List<String>> tasks = new HashMap<>();
        CsvFile.read(PATH, row -> {
            String cell = row.get("tasks");
            if (row.get("soc_code").length() == 4 && !cell.isBlank()) {
                tasks.put(row.get("soc_code"), Arrays.stream(cell.split(" \\| ")).map(String::strip).toList());
            }
        });
        return new OccupationTasks(Map.copyOf(tasks));
    }

    /** The unit group's tasks as ONS words them ("analyses data to identify trends and patterns …"). */
    List<String> of(String socCode) {
        return tasksByCode.getOrDefault(socCode, List.of());
    }
}
