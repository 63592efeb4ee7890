package uk.gov.signpost.employment.internal.occupations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Welsh words for jobs, turned into the English the adverts and the ONS coding index are written in, so that a
 * person who writes "swyddi gofal", "gyrrwr" or "athro" finds care jobs, drivers and teachers. The glossary is
 * {@code data/occupations/welsh/welsh-job-terms.csv} (see the PROVENANCE beside it); it is small, and needs a Welsh
 * speaker's review.
 *
 * <p>A term is found in its plain form and in its soft, nasal and aspirate mutations ("yn yrrwr", "fy
 * nghyfrifydd"), longest first. Once one term is found, filler words ("swyddi", "yn", "fel") are left out; words
 * the glossary does not know are kept, so an English title in a Welsh sentence still counts. Text with no Welsh
 * term in it comes back unchanged.
 *
 * <p>What it does not do: translate any Welsh it has no entry for, or understand a sentence about the work
 * ("roeddwn i'n edrych ar ôl pobl hŷn"); such text is searched as written.
 */
public final class WelshJobTerms {

    static final String LOCATION = "data/occupations/welsh/welsh-job-terms.csv";
    private static final int LONGEST_TERM = 3;

    private final Map<String, String> terms;
    private final Set<String> fillers;

    WelshJobTerms(Map<String, String> terms, Set<String> fillers) {
        this.terms = Map.copyOf(terms);
        this.fillers = Set.copyOf(fillers);
    }

    /** The glossary that ships with Signpost. */
    public static WelshJobTerms load() {
        try (InputStream in = WelshJobTerms.class.getClassLoader().getResourceAsStream(LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("The Welsh job terms are missing from the classpath: " + LOCATION);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + LOCATION, e);
        }
    }

    static WelshJobTerms read(BufferedReader csv) throws IOException {
        Map<String, String> terms = new HashMap<>();
        Set<String> fillers = new HashSet<>();
        String header = csv.readLine();
        if (header == null || !header.startsWith("welsh,english,kind,source")) {
            throw new IllegalStateException(LOCATION + " must start with welsh,english,kind,source");
        }
        String line;
        while ((line = csv.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            String[] fields = line.split(",", 4);
            if (fields.length < 4 || fields[3].isBlank()) {
                throw new IllegalStateException(LOCATION + ": every row needs a source: " + line);
            }
            String welsh = normal(fields[0]);
            switch (fields[2]) {
                case "term" -> {
                    if (fields[1].isBlank()) {
                        throw new IllegalStateException(LOCATION + ": a term needs its English: " + line);
                    }
                    for (String form : mutations(welsh)) {
                        terms.putIfAbsent(form, fields[1].strip());
                    }
                }
                case "filler" -> fillers.add(welsh);
                default -> throw new IllegalStateException(LOCATION + ": kind must be term or filler: " + line);
            }
        }
        return new WelshJobTerms(terms, fillers);
    }

    /** The text with its Welsh job terms in English, or the text unchanged when it has none. */
    public String inEnglish(String text) {
        List<String> words = new ArrayList<>();
        for (String word : normal(text).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        Set<String> english = new LinkedHashSet<>();
        List<String> kept = new ArrayList<>();
        boolean found = false;
        for (int i = 0; i < words.size(); ) {
            int length = longestTermAt(words, i);
            if (length > 0) {
                english.add(terms.get(String.join(" ", words.subList(i, i + length))));
                found = true;
                i += length;
            } else {
                kept.add(words.get(i));
                i++;
            }
        }
        if (!found) {
            return text;
        }
        kept.removeIf(fillers::contains);
        List<String> all = new ArrayList<>(english);
        all.addAll(kept);
        return String.join(" ", all);
    }

    private int longestTermAt(List<String> words, int start) {
        for (int length = Math.min(LONGEST_TERM, words.size() - start); length > 0; length--) {
            if (terms.containsKey(String.join(" ", words.subList(start, start + length)))) {
                return length;
            }
        }
        return 0;
    }

    /**
     * A term and its first word's mutations: soft (c→g, p→b, t→d, g→–, b→f, d→dd, m→f, ll→l, rh→r), nasal
     * (c→ngh, p→mh, t→nh, g→ng, b→m, d→n) and aspirate (c→ch, p→ph, t→th).
     */
    static Set<String> mutations(String term) {
        int space = term.indexOf(' ');
        String first = space < 0 ? term : term.substring(0, space);
        String rest = space < 0 ? "" : term.substring(space);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(term);
        String[][] rules = {
            {"ll", "l"}, {"rh", "r"}, {"c", "g", "ngh", "ch"}, {"p", "b", "mh", "ph"}, {"t", "d", "nh", "th"},
            {"g", "", "ng"}, {"b", "f", "m"}, {"d", "dd", "n"}, {"m", "f"},
        };
        for (String[] rule : rules) {
            if (first.startsWith(rule[0]) && !(rule[0].equals("d") && first.startsWith("dd"))) {
                for (int i = 1; i < rule.length; i++) {
                    String mutated = rule[i] + first.substring(rule[0].length());
                    if (!mutated.isEmpty()) {
                        forms.add(mutated + rest);
                    }
                }
                break;
            }
        }
        return forms;
    }

    private static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
    }
}
