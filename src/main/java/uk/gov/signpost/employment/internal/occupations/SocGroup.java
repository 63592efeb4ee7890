package uk.gov.signpost.employment.internal.occupations;

import java.util.List;

/**
 * A group in the ONS SOC 2020 hierarchy, from Volume 1 ("SOC2020 descriptions").
 *
 * @param code one digit for a major group, two for sub-major, three for minor and four for a unit group
 * @param parentCode the enclosing group's code, empty for a major group
 */
record SocGroup(String code, String level, String parentCode, String title, String description,
        String typicalEntryRoutes, List<String> tasks, List<String> relatedJobTitles) {

    SocGroup {
        if (!code.matches("[0-9]{1,4}") || title.isBlank()) {
            throw new IllegalArgumentException("A SOC group needs a code of one to four digits and a title: " + code);
        }
        tasks = List.copyOf(tasks);
        relatedJobTitles = List.copyOf(relatedJobTitles);
    }

    boolean isUnitGroup() {
        return code.length() == 4;
    }
}
