package uk.gov.signpost.employment.internal.occupations;

import uk.gov.signpost.employment.internal.data.CsvFile;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ONS SOC 2020 coding index in memory: its coded entries, looked up by normalised title, by word and by unit
 * group. Cross-references ("see Adviser") have no code and are left out.
 */
final class CodingIndex {

    static final String PATH = "data/occupations/soc2020/soc2020_coding_index.csv";

    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, List<Entry>> byTitle = new HashMap<>();
    private final Map<String, List<Entry>> byWord = new HashMap<>();
    private final Map<String, Double> rarity = new HashMap<>();
    private final Map<String, Set<String>> unqualifiedKeysBySoc = new HashMap<>();
    private final Map<String, Set<String>> titlesBySoc = new HashMap<>();

    private CodingIndex() {
    }

    static CodingIndex read() {
        CodingIndex index = new CodingIndex();
        CsvFile.read(PATH, row -> {
            String soc = row.get("soc2020");
            if (!soc.isEmpty()) {
                index.add(new Entry(index.entries.size(), row.get("job_title"), soc,
                        qualifier(row.get("qualifier_add"), row.get("qualifier_industry")),
                        TitleWords.meaningful(row.get("job_title"))));
            }
        });
        int size = index.entries.size();
        index.byWord.forEach((word, having) -> index.rarity.put(word, Math.log(1 + (double) size / having.size())));
        return index;
    }

    private void add(Entry entry) {
        entries.add(entry);
        byTitle.computeIfAbsent(TitleWords.key(entry.title()), key -> new ArrayList<>()).add(entry);
        entry.words().forEach(word -> byWord.computeIfAbsent(word, key -> new ArrayList<>()).add(entry));
        titlesBySoc.computeIfAbsent(entry.soc(), key -> new LinkedHashSet<>()).add(entry.title());
        if (entry.qualifier().isEmpty()) {
            unqualifiedKeysBySoc.computeIfAbsent(entry.soc(), key -> new HashSet<>())
                    .add(TitleWords.key(entry.title()));
        }
    }

    /** The entries whose title has this {@link TitleWords#key}, in index order. */
    List<Entry> withTitle(String key) {
        return byTitle.getOrDefault(key, List.of());
    }

    /** The entries whose title has this meaningful word. */
    List<Entry> withWord(String word) {
        return byWord.getOrDefault(word, List.of());
    }

    /** How rare a word is among index titles (inverse document frequency); words never seen are rarest. */
    double rarity(String word) {
        return rarity.getOrDefault(word, Math.log(1 + entries.size()));
    }

    Set<String> unqualifiedTitleKeys(String socCode) {
        return unqualifiedKeysBySoc.getOrDefault(socCode, Set.of());
    }

    Collection<String> titles(String socCode) {
        return Collections.unmodifiableCollection(titlesBySoc.getOrDefault(socCode, Set.of()));
    }

    private static String qualifier(String added, String industry) {
        if (added.isEmpty()) {
            return industry;
        }
        return industry.isEmpty() ? added : added + "; " + industry;
    }

    /** One row of the coding index that has a code. {@code order} is its place in the file. */
    record Entry(int order, String title, String soc, String qualifier, List<String> words) {

        Entry {
            words = List.copyOf(words);
        }

        int qualifierOverlap(Set<String> queryWords) {
            if (queryWords.isEmpty() || qualifier.isEmpty()) {
                return 0;
            }
            return (int) TitleWords.meaningful(qualifier).stream().filter(queryWords::contains).count();
        }
    }
}
