package uk.gov.signpost.employment.internal.occupations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;
import uk.gov.signpost.employment.internal.occupations.CodingIndex.Entry;

/**
 * Codes a job title to an ONS SOC 2020 unit group with the ONS coding index (32,195 titles, Version 12, April
 * 2025).
 *
 * <p>It tries, in order: the whole title as an index title; the title without a civil service grade ("HEO",
 * "SEO", "Grade 7") or a trailing qualifier ("- Finance", "(local government)", ", NHS"), where the qualifier
 * chooses between the index's entries for that title; and last, the index title that shares the most
 * distinctive words with it (words weighted by how rare they are in the index). When the index gives a title
 * several codes and nothing chooses between them, the entry with no qualifier wins, as in ONS's own coding
 * rules; failing that, the code most of the title's entries share.
 *
 * <p>It does not read sentences well ("I stacked shelves at Tesco" finds little): it is for job titles. It does
 * not use the industry a person worked in unless they write it after the title. It does not know employers'
 * own grade names beyond the civil service grades listed here.
 *
 * <p>Safe to share between threads. Build one with {@code new SocCoder()} in tests; Spring makes one bean.
 */
@Component
public class SocCoder {

    private static final Pattern QUALIFIER_SEPARATOR =
            Pattern.compile("\\s+[-–—|/]\\s+|[(),;:]|\\s+(?:in|at|for|within)\\s+", Pattern.CASE_INSENSITIVE);
    /** Civil service grades, which say how senior a job is but not what it is. */
    private static final Set<String> GRADES = Set.of("aa", "ao", "eo", "heo", "seo", "g6", "g7", "scs");
    private static final Pattern GRADE_WORDS = Pattern.compile("^(?:grade \\d+|band \\d+|scs\\d?)\\s+");
    private static final double MINIMUM_OVERLAP = 0.3;

    private final SocGroups groups;
    private final SingletonSupplier<CodingIndex> index = SingletonSupplier.of(CodingIndex::read);

    /** For use without Spring. The index is read on first use. */
    public SocCoder() {
        this(new SocGroups());
    }

    @Autowired
    SocCoder(SocGroups groups) {
        this.groups = groups;
    }


    /** The best unit group for this job title, if any index title is close enough. */
    public Optional<SocMatch> code(String jobTitle) {
        List<SocMatch> candidates = candidates(jobTitle, 1);
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(0));
    }

    /** Up to {@code limit} unit groups for this job title, best first, one match per unit group. */
    public List<SocMatch> candidates(String jobTitle, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1");
        }
        Map<String, SocMatch> bySoc = new LinkedHashMap<>();
        Title title = Title.parse(jobTitle);
        List<Entry> exact = index().withTitle(title.whole());
        if (!exact.isEmpty()) {
            addExact(bySoc, exact, Set.of(), SocMatch.Method.EXACT_TITLE);
        } else if (!title.head().equals(title.whole())) {
            List<Entry> head = index().withTitle(title.head());
            addExact(bySoc, head, title.qualifierWords(), SocMatch.Method.TITLE_WITH_QUALIFIER);
        }
        if (bySoc.size() < limit) {
            addOverlaps(bySoc, title.headWords(), title.qualifierWords());
        }
        return bySoc.values().stream().limit(limit).toList();
    }

    /**
     * The normalised titles ({@link TitleWords#key}) the coding index gives this unit group with no qualifier:
     * titles that mean this unit group on their own.
     */
    Set<String> unqualifiedTitleKeys(String socCode) {
        return index().unqualifiedTitleKeys(socCode);
    }

    /** The index's titles for this unit group as written, without qualifiers, in index order. */
    Collection<String> indexTitles(String socCode) {
        return index().titles(socCode);
    }

    /** The unit group's title in SOC 2020 Volume 1, if this is a unit group's code. */
    public Optional<String> unitGroupTitle(String socCode) {
        return groups.find(socCode).filter(SocGroup::isUnitGroup).map(SocGroup::title);
    }

    /** Reads the coding index now rather than at the first request. */
    void load() {
        index();
    }

    private CodingIndex index() {
        return index.obtain();
    }

    private void addExact(Map<String, SocMatch> bySoc, List<Entry> sameTitle, Set<String> qualifierWords,
            SocMatch.Method method) {
        if (sameTitle.isEmpty()) {
            return;
        }
        long codes = sameTitle.stream().map(Entry::soc).distinct().count();
        @Nullable Entry byQualifier = sameTitle.stream()
                .filter(entry -> entry.qualifierOverlap(qualifierWords) > 0)
                .max(Comparator.comparingInt((Entry entry) -> entry.qualifierOverlap(qualifierWords))
                        .thenComparing(Entry::order, Comparator.reverseOrder()))
                .orElse(null);
        Entry chosen;
        double confidence;
        if (codes == 1) {
            chosen = byQualifier != null ? byQualifier : sameTitle.get(0);
            confidence = method == SocMatch.Method.EXACT_TITLE ? 1.0 : 0.95;
        } else if (byQualifier != null) {
            chosen = byQualifier;
            confidence = 0.9;
        } else {
            Optional<Entry> unqualified = sameTitle.stream().filter(entry -> entry.qualifier().isEmpty())
                    .findFirst();
            chosen = unqualified.orElseGet(() -> mostCommonCode(sameTitle));
            confidence = unqualified.isPresent() ? 0.8 : 0.6;
        }
        add(bySoc, chosen, confidence, method);
        double others = Math.min(confidence, 0.5);
        sameTitle.forEach(entry -> add(bySoc, entry, others, method));
    }

    private void addOverlaps(Map<String, SocMatch> bySoc, List<String> queryWords, Set<String> qualifierWords) {
        if (queryWords.isEmpty()) {
            return;
        }
        double queryWeight = weight(queryWords);
        Set<Entry> sharing = new HashSet<>();
        queryWords.forEach(word -> sharing.addAll(index().withWord(word)));
        record Scored(Entry entry, double score) {
        }
        sharing.stream()
                .map(entry -> new Scored(entry, overlap(entry, queryWords, queryWeight, qualifierWords)))
                .filter(scored -> scored.score() >= MINIMUM_OVERLAP)
                .sorted(Comparator.comparingDouble(Scored::score).reversed()
                        .thenComparing(scored -> scored.entry().order()))
                .forEach(scored -> add(bySoc, scored.entry(), Math.min(0.85, scored.score()),
                        SocMatch.Method.WORD_OVERLAP));
    }

    /**
     * How much of the query the index title covers, times how much of the index title the query covers, both
     * weighted by rarity; plus a little for words that match the entry's qualifier, and a little less for a
     * qualified entry whose qualifier the query does not mention.
     */
    private double overlap(Entry entry, List<String> queryWords, double queryWeight,
            Set<String> qualifierWords) {
        double shared = 0;
        Set<String> unmatched = new HashSet<>(qualifierWords);
        for (String word : queryWords) {
            if (entry.words().contains(word)) {
                shared += index().rarity(word);
            } else {
                unmatched.add(word);
            }
        }
        double titleWeight = weight(entry.words());
        if (shared == 0 || titleWeight == 0) {
            return 0;
        }
        double score = (shared / queryWeight) * (shared / titleWeight);
        int qualifierHits = entry.qualifierOverlap(unmatched);
        if (qualifierHits > 0) {
            score += 0.1 * qualifierHits / (queryWords.size() + qualifierWords.size());
        } else if (!entry.qualifier().isEmpty()) {
            score -= 0.01;
        }
        return Math.min(1, score);
    }

    private double weight(List<String> words) {
        return words.stream().mapToDouble(word -> index().rarity(word)).sum();
    }

    private void add(Map<String, SocMatch> bySoc, Entry entry, double confidence, SocMatch.Method method) {
        if (bySoc.containsKey(entry.soc())) {
            return;
        }
        String unitGroup = unitGroupTitle(entry.soc())
                .orElseThrow(() -> new IllegalStateException("The coding index names unknown SOC " + entry.soc()));
        String indexEntry = entry.qualifier().isEmpty()
                ? entry.title()
                : entry.title() + " (" + entry.qualifier() + ")";
        bySoc.put(entry.soc(), new SocMatch(entry.soc(), unitGroup, indexEntry, confidence, method));
    }

    private static Entry mostCommonCode(List<Entry> sameTitle) {
        Map<String, Integer> counts = new HashMap<>();
        sameTitle.forEach(entry -> counts.merge(entry.soc(), 1, Integer::sum));
        int most = Collections.max(counts.values());
        return sameTitle.stream().filter(entry -> counts.get(entry.soc()) == most).findFirst().orElseThrow();
    }

    /**
     * A job title as written, split into the part that names the job and the words that qualify it.
     *
     * @param whole every word, as a key for exact matches
     * @param head the words before any qualifier, without a leading grade
     * @param headWords the meaningful words of the head
     * @param qualifierWords the meaningful words after the head, and the grade
     */
    private record Title(String whole, String head, List<String> headWords, Set<String> qualifierWords) {

        static Title parse(String text) {
            String whole = TitleWords.key(text);
            String[] parts = QUALIFIER_SEPARATOR.split(text.strip(), 2);
            String headText = parts.length == 0 ? "" : parts[0];
            Set<String> qualifierWords = new HashSet<>();
            if (parts.length > 1) {
                qualifierWords.addAll(TitleWords.meaningful(parts[1]));
            }
            List<String> headWords = new ArrayList<>(TitleWords.words(headText));
            String headKey = String.join(" ", headWords);
            Matcher gradeWords = GRADE_WORDS.matcher(headKey);
            if (gradeWords.find() && gradeWords.end() < headKey.length()) {
                qualifierWords.addAll(List.of(gradeWords.group().strip().split(" ")));
                headKey = headKey.substring(gradeWords.end());
            } else if (headWords.size() > 1 && GRADES.contains(headWords.get(0))) {
                qualifierWords.add(headWords.get(0));
                headKey = String.join(" ", headWords.subList(1, headWords.size()));
            }
            List<String> headMeaning = TitleWords.meaningful(headKey);
            if (headMeaning.isEmpty()) {
                headMeaning = TitleWords.meaningful(text);
                qualifierWords.clear();
            }
            return new Title(whole, headKey, headMeaning, qualifierWords);
        }
    }
}
