package uk.gov.signpost.employment.internal.guidance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Picks the passage of a section that holds the most of the words searched for (after the same stemming the index
 * uses), so "claiming" finds "claim". Passages are about {@link #LENGTH} characters, cut at word breaks.
 */
final class Excerpts {

    static final int LENGTH = 280;

    private final Analyzer analyzer;
    private final Set<String> terms;

    Excerpts(Analyzer analyzer, String words) {
        this.analyzer = analyzer;
        this.terms = new HashSet<>();
        for (Token token : tokens(words)) {
            terms.add(token.term());
        }
    }

    String of(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= LENGTH) {
            return flat;
        }
        List<Integer> hits = new ArrayList<>();
        for (Token token : tokens(flat)) {
            if (terms.contains(token.term())) {
                hits.add(token.start());
            }
        }
        int start = bestStart(flat, hits);
        int end = Math.min(flat.length(), start + LENGTH);
        if (end < flat.length()) {
            int space = flat.lastIndexOf(' ', end);
            end = space > start ? space : end;
        }
        String excerpt = flat.substring(start, end).strip();
        return (start > 0 ? "…" : "") + excerpt + (end < flat.length() ? "…" : "");
    }

    /** The start that covers the most hits, moved back to the start of its sentence when that is close. */
    private static int bestStart(String text, List<Integer> hits) {
        int best = 0;
        int bestCount = 0;
        for (int i = 0; i < hits.size(); i++) {
            int count = 0;
            for (int j = i; j < hits.size() && hits.get(j) < hits.get(i) + LENGTH - 40; j++) {
                count++;
            }
            if (count > bestCount) {
                bestCount = count;
                best = hits.get(i);
            }
        }
        if (best == 0) {
            return 0;
        }
        int sentence = Math.max(text.lastIndexOf(". ", best), text.lastIndexOf("? ", best));
        if (sentence >= 0 && best - sentence < 120) {
            return sentence + 2;
        }
        int space = text.lastIndexOf(' ', Math.max(0, best - 40));
        return space < 0 ? 0 : space + 1;
    }

    private List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(new Token(term.toString(), offset.startOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private record Token(String term, int start) {}
}
