package uk.gov.signpost.employment.internal.jobs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What someone searched for, word by word, with each word's index terms, so that a result can quote the words it
 * matched as the person wrote them ("Administrative" rather than {@code administr}).
 */
record SearchTerms(String text, List<Word> words) {

    SearchTerms {
        words = List.copyOf(words);
    }

    static SearchTerms of(String text) {
        List<Word> words = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String written : text.split("[^\\p{L}\\p{N}']+")) {
            List<String> terms = AdvertDocument.terms(written);
            if (!written.isBlank() && !terms.isEmpty() && seen.add(String.join(" ", terms))) {
                words.add(new Word(written, terms, AdvertDocument.broadTerms(written)));
            }
        }
        return new SearchTerms(text, words);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * One word as written, and the index terms it becomes (usually one): {@code terms} lightly stemmed for most
     * fields, {@code broadTerms} heavily stemmed for {@link JobIndex#TITLE_BROAD}.
     */
    record Word(String written, List<String> terms, List<String> broadTerms) {

        Word {
            terms = List.copyOf(terms);
            broadTerms = List.copyOf(broadTerms);
        }
    }
}
