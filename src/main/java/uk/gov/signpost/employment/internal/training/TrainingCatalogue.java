package uk.gov.signpost.employment.internal.training;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import uk.gov.signpost.employment.Dataset;
import uk.gov.signpost.employment.TrainingSearch;
import uk.gov.signpost.platform.InvalidFieldException;

/** {@link TrainingSearch} over the shipped apprenticeship standards, read and indexed once, on first use. */
@Component
class TrainingCatalogue implements TrainingSearch {

    private static final int MATCHING_STATEMENTS = 3;
    private static final int MAX_SKILLS = 30;
    private static final int MAX_SUGGESTIONS = 20;

    private final SingletonSupplier<Loaded> loaded = SingletonSupplier.of(Loaded::read);

    /** Reads the standards and builds the index now rather than at the first request. */
    void load() {
        loaded.obtain();
    }

    @Override
    public Results search(Query query) {
        @Nullable String route = query.route() == null ? null : route(query.route());
        StandardsIndex index = loaded.obtain().index();
        Stream<ApprenticeshipStandard> found = query.text().isEmpty()
                ? loaded.obtain().standards().stream()
                : index.search(query.text()).stream();
        List<ApprenticeshipStandard> matching = found
                .filter(standard -> query.level() == null || Objects.equals(standard.level(), query.level()))
                .filter(standard -> route == null || standard.route().equals(route))
                .toList();
        int totalPages = (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        List<Result> page = matching.stream()
                .skip((long) (query.page() - 1) * PAGE_SIZE)
                .limit(PAGE_SIZE)
                .map(standard -> new Result(standard.summary(),
                        query.text().isEmpty() ? List.of()
                                : index.statementsMatching(standard, query.text(), MATCHING_STATEMENTS)))
                .toList();
        return new Results(query.page(), PAGE_SIZE, matching.size(), totalPages, page, StandardsData.SOURCES);
    }

    @Override
    public List<Suggestion> forSkills(List<String> skills, int limit) {
        if (limit < 1 || limit > MAX_SUGGESTIONS) {
            throw new IllegalArgumentException("Ask for 1 to " + MAX_SUGGESTIONS + " suggestions");
        }
        StandardsIndex index = loaded.obtain().index();
        List<String> asked = skills.stream().filter(skill -> !skill.isBlank()).distinct().limit(MAX_SKILLS).toList();
        return index.coveringSkills(asked).stream()
                .filter(ApprenticeshipStandard::currentlyApproved)
                .map(standard -> new Suggestion(standard.summary(), index.covered(standard, asked)))
                .filter(suggestion -> !suggestion.coversSkills().isEmpty())
                .sorted(Comparator.comparingInt((Suggestion suggestion) -> suggestion.coversSkills().size()).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public List<String> routes() {
        return loaded.obtain().routes();
    }

    @Override
    public List<Dataset> sources() {
        return StandardsData.SOURCES;
    }

    /** The route as the data spells it, whatever the case the caller used. */
    private String route(String asked) {
        return findRoute(asked).orElseThrow(() -> new InvalidFieldException("route_unknown", "route",
                "Choose a route from the list: " + String.join("; ", routes())));
    }

    private Optional<String> findRoute(String asked) {
        String wanted = asked.strip().toLowerCase(Locale.ROOT);
        return routes().stream().filter(route -> route.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** The standards, their routes and their search index. */
    private record Loaded(List<ApprenticeshipStandard> standards, List<String> routes, StandardsIndex index) {

        static Loaded read() {
            List<ApprenticeshipStandard> standards = StandardsData.read();
            return new Loaded(standards, StandardsData.routes(standards), new StandardsIndex(standards));
        }
    }
}
