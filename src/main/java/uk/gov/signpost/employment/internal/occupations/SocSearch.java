package uk.gov.signpost.employment.internal.occupations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * BM25 search (Lucene, in memory) over the 412 SOC 2020 unit groups: their titles, the coding index's job
 * titles and Volume 1's related job titles, and their descriptions and tasks. It finds unit groups from a few
 * words about the work ("looked after elderly people in their homes") when no job title matches.
 *
 * <p>It matches words, not meaning: "stacked shelves" does not find "shelf filler". The index is built on first
 * use.
 */
@Component
class SocSearch {

    private static final Map<String, Float> FIELDS = Map.of("title", 3f, "titles", 2f, "work", 1f);

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final SingletonSupplier<IndexSearcher> searcher;

    SocSearch(SocGroups groups, SocCoder coder) {
        this.searcher = SingletonSupplier.of(() -> index(groups, coder));
    }

    /** Builds the index now rather than at the first request. */
    void load() {
        searcher.obtain();
    }

    private IndexSearcher index(SocGroups groups, SocCoder coder) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (SocGroup group : groups.all()) {
                if (!group.isUnitGroup()) {
                    continue;
                }
                Document document = new Document();
                document.add(new StringField("code", group.code(), Field.Store.YES));
                document.add(new TextField("title", group.title(), Field.Store.NO));
                List<String> titles = new ArrayList<>(coder.indexTitles(group.code()));
                titles.addAll(group.relatedJobTitles());
                document.add(new TextField("titles", String.join(" ; ", titles), Field.Store.NO));
                document.add(new TextField("work",
                        group.description() + " " + String.join(" ; ", group.tasks()), Field.Store.NO));
                writer.addDocument(document);
            }
            writer.commit();
            return new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not index the SOC 2020 unit groups", e);
        }
    }

    /** Up to {@code limit} unit groups, best first, each with its score relative to the best (1 for the best). */
    List<Hit> find(String text, int limit) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        Set<String> terms = terms(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        for (String term : terms) {
            FIELDS.forEach((field, boost) -> query.add(
                    new BoostQuery(new TermQuery(new Term(field, term)), boost), BooleanClause.Occur.SHOULD));
        }
        try {
            IndexSearcher searcher = this.searcher.obtain();
            ScoreDoc[] found = searcher.search(query.build(), limit).scoreDocs;
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc doc : found) {
                String code = searcher.storedFields().document(doc.doc).get("code");
                hits.add(new Hit(code, doc.score / found[0].score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream("work", text)) {
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

    record Hit(String socCode, double relativeScore) {
    }
}
