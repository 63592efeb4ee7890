package uk.gov.signpost.memory.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.gov.signpost.memory.Sensitivity;

/**
 * The kinds of fact Signpost may remember. Anything not listed here is used in its conversation only and never
 * remembered: full postcodes, money amounts, dates and the like are left out on purpose, to keep no more than
 * the person needs. Categories named in the issue that no flow gathers yet ({@code qualification_level},
 * {@code flow_stage}) are not listed until something gathers them.
 */
final class FactCatalogue {

    private static final BigDecimal ZERO = BigDecimal.ZERO;
    private static final Map<String, FactCategory> CATEGORIES = new LinkedHashMap<>();

    static {
        add(new FactCategory("job_interests", Sensitivity.NORMAL, List.of("job_query", "training_topic", "topic"),
                "topic", "text", "you're interested in %s",
                List.of("job", "jobs", "work", "interest", "interested", "training", "career", "looking for"),
                ZERO, ZERO));
        add(new FactCategory("work_location", Sensitivity.NORMAL, List.of("location"), "place", "text",
                "you want to work in or near %s",
                List.of("location", "place", "town", "city", "work in", "near", "want work", "where work"), ZERO, ZERO));
        add(new FactCategory("postcode_district", Sensitivity.NORMAL, List.of("postcode_district"),
                "postcode_district", "postcode_district", "your postcode area is %s",
                List.of("postcode", "post code", "area", "live", "address"), ZERO, ZERO));
        add(new FactCategory("nation", Sensitivity.NORMAL, List.of("nation"), "nation", "nation", "you live in %s",
                List.of("nation", "country", "england", "wales", "scotland", "northern ireland", "live"),
                ZERO, ZERO));
        add(new FactCategory("hours", Sensitivity.NORMAL, List.of("hours_per_week"), "hours_per_week", "number",
                "you work %s hours a week",
                List.of("hours", "hour", "part-time", "part time", "full-time", "full time", "shifts"),
                ZERO, new BigDecimal(100)));
        add(new FactCategory("age", Sensitivity.NORMAL, List.of("age"), "age", "number", "you are %s",
                List.of("age", "old", "years old", "birthday", "born"), new BigDecimal(16), new BigDecimal(120)));
        add(new FactCategory("caring", Sensitivity.NORMAL, List.of("carer"), "carer", "yes_no",
                "you look after someone|you do not look after anyone",
                List.of("carer", "caring", "care for", "look after", "looking after", "mum", "dad", "partner"),
                ZERO, ZERO));
        add(new FactCategory("children", Sensitivity.NORMAL, List.of("children_ages"), "children_ages", "list",
                "your children are aged %s",
                List.of("children", "child", "kids", "kid", "son", "daughter", "baby"), ZERO, ZERO));
        add(new FactCategory("benefits", Sensitivity.NORMAL, List.of("benefits"), "benefits", "list",
                "you get %s",
                List.of("benefit", "benefits", "universal credit", "jsa", "esa", "allowance", "pension credit"),
                ZERO, ZERO));
        add(new FactCategory("health_condition", Sensitivity.SPECIAL_CATEGORY, List.of("disability"), "disability",
                "yes_no", "you have a health condition or disability|you do not have a health condition or disability",
                List.of("health", "condition", "disability", "disabled", "illness", "ill", "back", "pain", "mental",
                        "depression", "anxiety", "medical", "sick", "injury", "arthritis", "diabetes", "wheelchair",
                        "autism", "adhd", "cancer"),
                ZERO, ZERO));
    }

    private FactCatalogue() {}

    private static void add(FactCategory category) {
        CATEGORIES.put(category.name(), category);
    }

    static List<FactCategory> all() {
        return List.copyOf(CATEGORIES.values());
    }

    static Optional<FactCategory> find(String name) {
        return Optional.ofNullable(CATEGORIES.get(name));
    }

    /** The value of this category among dialogue facts, if the person gave one. */
    static Optional<Object> valueIn(FactCategory category, Map<String, Object> facts) {
        for (String name : category.readsFrom()) {
            Object value = facts.get(name);
            if (value != null) {
                Optional<Object> accepted = category.accept(value);
                if (accepted.isPresent()) {
                    return accepted;
                }
            }
        }
        return Optional.empty();
    }

    /** Every dialogue fact name a category reads or fills, so forgetting it leaves none behind. */
    static java.util.Set<String> factNames(FactCategory category) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>(category.readsFrom());
        names.add(category.writesTo());
        return names;
    }
}
