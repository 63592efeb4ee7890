package uk.gov.signpost.employment.internal.jobs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.employment.JobMatch.Reason;
import uk.gov.signpost.employment.JobMatch.Reason.Kind;
import uk.gov.signpost.employment.internal.occupations.SocMatch;

/**
 * Says why an advert matched, from what the index measured: the searched words in its title or text, a title close in
 * meaning, the occupation the search and the advert share, a typical task of that occupation that uses a searched
 * word, and where it is.
 *
 * <p>It explains only the page being shown, so its per-advert look-ups do not slow the search.
 */
final class MatchExplainer {

    /** Below this cosine similarity a title is not called close in meaning. */
    static final double SIMILAR_MEANING = 0.7;
    private static final int LONGEST_TASK = 140;

    private final OccupationTasks tasks;
    private final Gazetteer gazetteer;

    MatchExplainer(OccupationTasks tasks, Gazetteer gazetteer) {
        this.tasks = tasks;
        this.gazetteer = gazetteer;
    }

    /**
     * @param near the place searched near, or null
     * @param occupation what the search itself codes to, when confident, or null
     */
    List<Reason> explain(JobIndex index, StoredAdvert advert, Candidate candidate, SearchTerms search,
            @Nullable Place near, int radiusMiles, @Nullable SocMatch occupation) {
        List<Reason> reasons = new ArrayList<>();
        List<String> inTitle = new ArrayList<>();
        List<String> inAdvert = new ArrayList<>();
        List<SearchTerms.Word> inSkills = new ArrayList<>();
        for (SearchTerms.Word word : search.words()) {
            if (anyTerm(index, advert.doc(), AdvertDocument.TITLE, word.terms())
                    || anyTerm(index, advert.doc(), AdvertDocument.TITLE_BROAD, word.broadTerms())) {
                inTitle.add(word.written());
            } else if (anyTerm(index, advert.doc(), AdvertDocument.BODY, word.terms())) {
                inAdvert.add(word.written());
            } else if (anyTerm(index, advert.doc(), AdvertDocument.SKILLS, word.terms())) {
                inSkills.add(word);
            }
        }
        if (!inTitle.isEmpty()) {
            reasons.add(new Reason(Kind.TITLE_WORDS, inTitle));
        }
        if (!inAdvert.isEmpty()) {
            reasons.add(new Reason(Kind.ADVERT_WORDS, inAdvert));
        }
        if (candidate.similarity() >= SIMILAR_MEANING && inTitle.size() < search.words().size()) {
            reasons.add(Reason.of(Kind.SIMILAR_MEANING));
        }
        if (occupation != null && occupation.socCode().equals(advert.socCode())) {
            reasons.add(Reason.of(Kind.SAME_OCCUPATION, occupation.unitGroupTitle(), occupation.socCode()));
        }
        skill(advert.socCode(), inSkills).ifPresent(task -> reasons.add(Reason.of(Kind.SKILLS, task)));
        if (near != null) {
            where(advert, candidate, near, radiusMiles).ifPresent(reasons::add);
        }
        return reasons;
    }

    private Optional<String> skill(@Nullable String socCode, List<SearchTerms.Word> words) {
        if (socCode == null || words.isEmpty()) {
            return Optional.empty();
        }
        for (String task : tasks.of(socCode)) {
            Set<String> taskTerms = new HashSet<>(AdvertDocument.terms(task));
            for (SearchTerms.Word word : words) {
                if (word.terms().stream().anyMatch(taskTerms::contains)) {
                    return Optional.of(shorten(task));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Reason> where(StoredAdvert advert, Candidate candidate, Place near,
            int radiusMiles) {
        if (!Double.isNaN(candidate.distanceMiles()) && candidate.distanceMiles() <= radiusMiles) {
            Place nearest = nearest(advert.places(), near);
            return Optional.of(Reason.of(Kind.DISTANCE, miles(candidate.distanceMiles()), near.name(),
                    nearest == null ? advert.locationText() : nearest.name()));
        }
        if (near.point() == null) {
            Optional<Place> sameNation = advert.places().stream()
                    .filter(place -> place.point() == null && place.nation() == near.nation())
                    .findFirst();
            if (sameNation.isPresent()) {
                return Optional.of(Reason.of(Kind.PLACE_WITHOUT_DISTANCE, sameNation.get().name(),
                        near.nation().displayName()));
            }
        }
        if (advert.areas().contains(AdvertDocument.REMOTE)) {
            return Optional.of(Reason.of(Kind.REMOTE));
        }
        if (advert.areas().contains(AdvertDocument.NATIONAL)) {
            return Optional.of(Reason.of(Kind.NATIONAL));
        }
        if (near.region() != null && advert.areas().contains(AdvertDocument.regionArea(near.region()))) {
            return gazetteer.region(near.region()).map(region -> Reason.of(Kind.IN_AREA, region.name()));
        }
        if (advert.areas().contains(AdvertDocument.nationArea(near.nation()))) {
            return Optional.of(Reason.of(Kind.IN_AREA, near.nation().displayName()));
        }
        return Optional.empty();
    }

    private static @Nullable Place nearest(List<Place> places, Place near) {
        Place nearest = null;
        double best = Double.POSITIVE_INFINITY;
        for (Place place : places) {
            if (place.point() != null && near.point() != null) {
                double miles = near.point().milesTo(place.point());
                if (miles < best) {
                    best = miles;
                    nearest = place;
                }
            }
        }
        return nearest;
    }

    private static boolean anyTerm(JobIndex index, int doc, String field, List<String> terms) {
        return terms.stream().anyMatch(term -> index.contains(doc, field, term));
    }

    /** Distance to one decimal place, as "4.2". */
    static String miles(double miles) {
        return String.format(Locale.ROOT, "%.1f", miles);
    }

    private static String shorten(String task) {
        if (task.length() <= LONGEST_TASK) {
            return task;
        }
        int cut = task.lastIndexOf(' ', LONGEST_TASK);
        return task.substring(0, cut > 0 ? cut : LONGEST_TASK) + "\u2026";
    }
}
