package uk.gov.signpost.employment.internal.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * BM25 search (Lucene, in memory, English stemming) over standards' titles, routes and their knowledge, skills
 * and behaviours statements. The title counts most. The 2018 list has no statements, so its standards are found
 * by title and route only.
 */
final class StandardsIndex {

    private static final float TITLE_BOOST = 4f;
    /** Share of a skill's words a standard must have for the skill to count as covered. */
    private static final double COVERED = 0.6;

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final List<ApprenticeshipStandard> standards;
    private final Map<ApprenticeshipStandard, Integer> positions = new IdentityHashMap<>();
    private final List<Set<String>> termsOf = new ArrayList<>();
    private final List<List<Set<String>>> statementTermsOf = new ArrayList<>();
    private final IndexSearcher searcher;

    StandardsIndex(List<ApprenticeshipStandard> standards) {
        this.standards = List.copyOf(standards);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < standards.size(); i++) {
                ApprenticeshipStandard standard = standards.get(i);
                positions.put(standard, i);
                Document document = new Document();
                document.add(new StoredField("n", i));
                document.add(new TextField("title", standard.title(), Field.Store.NO));
                StringBuilder body = new StringBuilder(standard.route());
                Set<String> all = new HashSet<>(terms(standard.title()));
                all.addAll(terms(standard.route()));
                List<Set<String>> statementTerms = new ArrayList<>();
                for (ApprenticeshipStandard.Statement statement : standard.statements()) {
                    body.append(" ; ").append(statement.text());
                    Set<String> terms = terms(statement.text());
                    statementTerms.add(terms);
                    all.addAll(terms);
                }
                document.add(new TextField("body", body.toString(), Field.Store.NO));
                writer.addDocument(document);
                termsOf.add(all);
                statementTermsOf.add(statementTerms);
            }
            writer.commit();
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not index the apprenticeship standards", e);
        }
    }

    /** Every standard matching any word of the text, best first. */
    List<ApprenticeshipStandard> search(String text) {
        Set<String> terms = terms(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        terms.forEach(term -> query.add(anyField(term), BooleanClause.Occur.SHOULD));
        return run(query.build());
    }

    /**
     * Standards that cover most of these skills, best first: a standard covers a skill when it has at least
     * {@value #COVERED} of the skill's words.
     */
    List<ApprenticeshipStandard> coveringSkills(List<String> skills) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (String skill : skills) {
            Set<String> terms = terms(skill);
            if (terms.isEmpty()) {
                continue;
            }
            BooleanQuery.Builder covers = new BooleanQuery.Builder();
            terms.forEach(term -> covers.add(anyField(term), BooleanClause.Occur.SHOULD));
            covers.setMinimumNumberShouldMatch((int) Math.ceil(COVERED * terms.size()));
            query.add(covers.build(), BooleanClause.Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? List.of() : run(query.build());
    }

    /** The skills, of these, that this standard covers. */
    List<String> covered(ApprenticeshipStandard standard, List<String> skills) {
        Set<String> has = termsOf.get(positions.get(standard));
        return skills.stream().filter(skill -> {
            Set<String> terms = terms(skill);
            long shared = terms.stream().filter(has::contains).count();
            return !terms.isEmpty() && shared >= Math.ceil(COVERED * terms.size());
        }).toList();
    }

    /** Up to {@code limit} of the standard's statements that share the most words with the text. */
    List<String> statementsMatching(ApprenticeshipStandard standard, String text, int limit) {
        Set<String> terms = terms(text);
        List<Set<String>> statementTerms = statementTermsOf.get(positions.get(standard));
        record Scored(int index, long shared) {
        }
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < statementTerms.size(); i++) {
            long shared = statementTerms.get(i).stream().filter(terms::contains).count();
            if (shared > 0) {
                scored.add(new Scored(i, shared));
            }
        }
        return scored.stream()
                .sorted(Comparator.comparingLong(Scored::shared).reversed().thenComparingInt(Scored::index))
                .limit(limit)
                .map(s -> standard.statements().get(s.index()).text())
                .toList();
    }

    private Query anyField(String term) {
        return new DisjunctionMaxQuery(List.of(
                new BoostQuery(new TermQuery(new Term("title", term)), TITLE_BOOST),
                new TermQuery(new Term("body", term))), 0.1f);
    }

    private List<ApprenticeshipStandard> run(Query query) {
        try {
            ScoreDoc[] found = searcher.search(query, Math.max(1, standards.size())).scoreDocs;
            List<ApprenticeshipStandard> hits = new ArrayList<>(found.length);
            for (ScoreDoc doc : found) {
                int n = searcher.storedFields().document(doc.doc).getField("n").numericValue().intValue();
                hits.add(standards.get(n));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
