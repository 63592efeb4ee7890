package uk.gov.signpost.employment.internal.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.signpost.employment.JobMatch;
import uk.gov.signpost.employment.JobQuery;
import uk.gov.signpost.employment.JobSearch;
import uk.gov.signpost.employment.JobSearchResult;
import uk.gov.signpost.employment.internal.occupations.SocCoder;
import uk.gov.signpost.employment.internal.occupations.SocMatch;
import uk.gov.signpost.model.TextEmbedder;
import uk.gov.signpost.platform.InvalidFieldException;

/**
 * Job search as a script: understand the place and the words, retrieve candidates from the index (words, meaning,
 * distance), rank them, and explain the page that is shown. {@code indexes} gives the index in use now (see
 * {@link JobIndexes}).
 */
final class HybridJobSearch implements JobSearch {

    private static final Logger log = LoggerFactory.getLogger(HybridJobSearch.class);
    /** Nearest neighbours in meaning considered for each search. */
    static final int SEMANTIC_K = 40;
    /** A title this close in meaning matches even when none of the words do. */
    static final double SEMANTIC_FLOOR = 0.6;
    /** Only a search the coder is this sure of favours its occupation. */
    static final double OCCUPATION_CONFIDENCE = 0.8;
    private static final Set<SocMatch.Method> TITLE_METHODS =
            Set.of(SocMatch.Method.EXACT_TITLE, SocMatch.Method.TITLE_WITH_QUALIFIER);

    private final Supplier<JobIndex> indexes;
    private final Gazetteer gazetteer;
    private final TextEmbedder embedder;
    private final SocCoder coder;
    private final MatchExplainer explainer;

    HybridJobSearch(Supplier<JobIndex> indexes, Gazetteer gazetteer, TextEmbedder embedder, SocCoder coder,
            MatchExplainer explainer) {
        this.indexes = indexes;
        this.gazetteer = gazetteer;
        this.embedder = embedder;
        this.coder = coder;
        this.explainer = explainer;
    }

    @Override
    public JobSearchResult search(JobQuery query) {
        long started = System.nanoTime();
        JobIndex index = indexes.get();
        Place near = query.near() == null ? null : place(query.near());
        checkDepartment(index, query.department());
        SearchTerms search = SearchTerms.of(query.text());
        boolean semantic = index.semantic() && !search.isEmpty();
        float[] vector = semantic ? embedder.embed(query.text()) : null;
        SocMatch occupation = search.isEmpty() ? null : occupation(query.text());

        Retrieval retrieval = index.retrieve(new Retrieve(search.words(), vector,
                occupation == null ? null : occupation.socCode(), query.salaryMin(), query.closingAfter(),
                query.department(), area(near, query.radiusMiles()), JobQuery.MAX_RESULTS, SEMANTIC_K,
                SEMANTIC_FLOOR));
        List<Ranking.Ranked> ranked = Ranking.rank(retrieval.candidates(), semantic,
                near != null && near.point() != null ? (double) query.radiusMiles() : null);

        List<JobMatch> page = new ArrayList<>();
        int from = (query.page() - 1) * query.pageSize();
        for (int i = from; i < Math.min(ranked.size(), from + query.pageSize()); i++) {
            Candidate candidate = ranked.get(i).candidate();
            StoredAdvert advert = index.stored(candidate.doc());
            page.add(match(advert, candidate, query, explainer.explain(index, advert, candidate, search, near,
                    query.radiusMiles(), occupation)));
        }
        log.info("event=job_search total={} page={} semantic={} near={} ms={}", retrieval.total(), query.page(),
                semantic, near != null, (System.nanoTime() - started) / 1_000_000);
        return new JobSearchResult(retrieval.total(), retrieval.exact(), query.page(), query.pageSize(),
                near == null ? null : near.name(), semantic, page);
    }

    private Place place(String near) {
        return gazetteer.resolve(near).orElseThrow(() -> new InvalidFieldException("place_unknown", "near",
                "We could not find that place. Enter a town or city, or the first part of a postcode, like Leeds or LS1"));
    }

    private static void checkDepartment(JobIndex index, @Nullable String department) {
        if (department != null && !index.departments().containsKey(AdvertDocument.departmentKey(department))) {
            throw new InvalidFieldException("department_unknown", "department",
                    "No adverts are from that employer. Give the employer's name as the adverts do, like Ministry of Defence");
        }
    }

    private @Nullable SocMatch occupation(String text) {
        return coder.code(text)
                .filter(match -> TITLE_METHODS.contains(match.method()))
                .filter(match -> match.confidence() >= OCCUPATION_CONFIDENCE)
                .orElse(null);
    }

    /** Within the radius of the place, or national, remote, or covering the place's region or nation. */
    private static Retrieve.@Nullable Area area(@Nullable Place near, int radiusMiles) {
        if (near == null) {
            return null;
        }
        List<String> areas = new ArrayList<>(List.of(AdvertDocument.NATIONAL, AdvertDocument.REMOTE,
                AdvertDocument.nationArea(near.nation())));
        if (near.region() != null) {
            areas.add(AdvertDocument.regionArea(near.region()));
        }
        return new Retrieve.Area(near.point(), radiusMiles, areas);
    }

    private static JobMatch match(StoredAdvert advert, Candidate candidate, JobQuery query,
            List<JobMatch.Reason> why) {
        Double distance = Double.isNaN(candidate.distanceMiles()) || candidate.distanceMiles() > query.radiusMiles()
                ? null
                : Math.round(candidate.distanceMiles() * 10) / 10.0;
        return new JobMatch(advert.reference(), advert.title(), advert.department(), advert.locationText(), distance,
                advert.salaryMin(), advert.salaryMax(), advert.closingDate(), advert.socCode(), why);
    }
}
