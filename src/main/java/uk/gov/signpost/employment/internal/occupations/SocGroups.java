package uk.gov.signpost.employment.internal.occupations;

import uk.gov.signpost.employment.internal.data.CsvFile;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The 551 groups of SOC 2020 (9 major, 26 sub-major, 104 minor, 412 unit groups), by code. Read on first use.
 */
@Component
class SocGroups {

    static final String PATH = "data/occupations/soc2020/soc2020_groups.csv";

    private final SingletonSupplier<Map<String, SocGroup>> byCode = SingletonSupplier.of(SocGroups::read);

    Optional<SocGroup> find(String code) {
        return Optional.ofNullable(byCode.obtain().get(code));
    }

    Collection<SocGroup> all() {
        return byCode.obtain().values();
    }

    private static Map<String, SocGroup> read() {
        Map<String, SocGroup> groups = new LinkedHashMap<>();
        CsvFile.read(PATH, row -> {
            SocGroup group = new SocGroup(row.get("soc_code"), row.get("level"), row.get("parent_code"),
                    row.get("title"), row.get("description"), row.get("typical_entry_routes"),
                    list(row.get("tasks")), list(row.get("related_job_titles")));
            groups.put(group.code(), group);
        });
        return Collections.unmodifiableMap(groups);
    }

    private static List<String> list(String cell) {
        return cell.isBlank() ? List.of() : Arrays.stream(cell.split(" \\| ")).map(String::strip).toList();
    }
}
