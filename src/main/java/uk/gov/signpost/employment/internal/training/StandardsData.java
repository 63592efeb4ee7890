package uk.gov.signpost.employment.internal.training;

import uk.gov.signpost.employment.internal.data.CsvFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.employment.Dataset;
import uk.gov.signpost.employment.TrainingSearch.FromList;
import uk.gov.signpost.employment.TrainingSearch.Standard;

/**
 * The apprenticeship standards Signpost ships, read from {@code data/training/}: every standard in the 2026 list,
 * then those of the 2018 list whose route the 2026 list lacks (such as Construction or Engineering and
 * manufacturing), leaving out any the 2026 list also has and any the 2018 list already called decommissioned.
 */
final class StandardsData {

    static final String APPROVED = "approved_for_delivery";
    static final FromList LIST_2026 = new FromList("Apprenticeship standards, Skills England",
            LocalDate.of(2026, 6, 28), false);
    static final FromList LIST_2018 = new FromList("Apprenticeship standards, Institute for Apprenticeships",
            LocalDate.of(2018, 5, 8), true);
    static final List<Dataset> SOURCES = List.of(
            new Dataset(LIST_2026.name(), "322 standards in 8 routes, with knowledge, skills and behaviours",
                    LIST_2026.accurateAsOf(), "Open Government Licence v3.0",
                    "Contains public sector information licensed under the Open Government Licence v3.0."),
            new Dataset(LIST_2018.name(), "Full list of standards, used for routes the 2026 list lacks",
                    LIST_2018.accurateAsOf(), "Open Government Licence v3.0",
                    "Contains public sector information licensed under the Open Government Licence v3.0."));

    private static final String FOLDER = "data/training/";

    private StandardsData() {
    }

    static List<ApprenticeshipStandard> read() {
        Map<String, List<ApprenticeshipStandard.Statement>> statements = new HashMap<>();
        CsvFile.read(FOLDER + "apprenticeship_standards_2026_ksbs.csv", row -> statements
                .computeIfAbsent(row.get("reference"), key -> new ArrayList<>())
                .add(new ApprenticeshipStandard.Statement(row.get("ksb_type"), row.get("ksb_code"), row.get("text"))));
        List<ApprenticeshipStandard> standards = new ArrayList<>();
        Set<String> routes2026 = new HashSet<>();
        Set<String> references2026 = new HashSet<>();
        CsvFile.read(FOLDER + "apprenticeship_standards_2026.csv", row -> {
            List<ApprenticeshipStandard.Statement> own = statements.getOrDefault(row.get("reference"), List.of());
            Standard standard = new Standard(row.get("reference"), row.get("title"), number(row.get("level")),
                    row.get("route"), number(row.get("typical_duration_months")), number(row.get("max_funding_gbp")),
                    status2026(row.get("status")), count(own, "knowledge"), count(own, "skill"),
                    count(own, "behaviour"), null, LIST_2026);
            standards.add(new ApprenticeshipStandard(standard, own));
            routes2026.add(standard.route());
            references2026.add(standard.reference());
        });
        CsvFile.read(FOLDER + "apprenticeship_standards_2018.csv", row -> {
            String route = route2018(row.get("route"));
            String title = row.get("title");
            if (routes2026.contains(route) || references2026.contains(baseReference(row.get("reference")))
                    || title.contains("(decommissioned)")) {
                return;
            }
            Integer level = number(row.get("level"));
            Standard standard = new Standard(row.get("reference"), title, positive(level), route,
                    positive(number(row.get("typical_duration_months"))), positive(number(row.get("max_funding_gbp"))),
                    status2018(row.get("approved_for_delivery_date")), 0, 0, 0,
                    row.get("url").isBlank() ? null : row.get("url"), LIST_2018);
            standards.add(new ApprenticeshipStandard(standard, List.of()));
        });
        standards.sort(Comparator.comparing(ApprenticeshipStandard::title, String.CASE_INSENSITIVE_ORDER));
        return List.copyOf(standards);
    }

    static List<String> routes(List<ApprenticeshipStandard> standards) {
        Set<String> routes = new TreeSet<>();
        standards.forEach(standard -> routes.add(standard.route()));
        return List.copyOf(routes);
    }

    /** The 2018 file lost the commas in route names ("Legal  finance and accounting"). */
    private static String route2018(String route) {
        return route.replace("  ", ", ");
    }

    /** "ST0005-02" is version 2 of ST0005. */
    private static String baseReference(String reference) {
        int dash = reference.indexOf('-');
        return dash < 0 ? reference : reference.substring(0, dash);
    }

    private static String status2026(String status) {
        return switch (status) {
            case "ApprovedForDelivery" -> APPROVED;
            case "ApprovedForDelivery-Paused" -> "approved_for_delivery_paused";
            case "InDevelopment" -> "in_development";
            default -> throw new IllegalStateException("Unknown standard status " + status);
        };
    }

    /** The 2018 list gives a date once a standard was approved for delivery, and "TBC" before. */
    private static String status2018(String approvedForDeliveryDate) {
        return approvedForDeliveryDate.matches("\\d{2}-\\d{2}-\\d{4}") ? APPROVED : "in_development";
    }

    private static @Nullable Integer number(String cell) {
        return cell.matches("\\d+") ? Integer.valueOf(cell) : null;
    }

    /** The 2018 list writes 0 where it has no level, length or funding yet. */
    private static @Nullable Integer positive(@Nullable Integer value) {
        return value == null || value == 0 ? null : value;
    }

    private static int count(List<ApprenticeshipStandard.Statement> statements, String type) {
        return (int) statements.stream().filter(statement -> statement.type().equals(type)).count();
    }
}
