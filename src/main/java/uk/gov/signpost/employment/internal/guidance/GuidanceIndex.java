package uk.gov.signpost.employment.internal.guidance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.employment.GuidanceResults;
import uk.gov.signpost.employment.GuidanceResults.Hit;

/**
 * A Lucene index (BM25, English stemming and stop words) over the sections of the GOV.UK pages, held in memory.
 *
 * <p>Each section is one document, or several if it is long, so that a long section does not hide the passage that
 * matched; results show each section once, with its best-matching passage. A match in a heading counts for more
 * than one in the page's title, and that for more than one in the text; the words as a phrase count extra. The
 * person's words are analysed, never parsed as Lucene syntax, so no query can reach a field it should not.
 *
 * <p>{@link #replace} swaps in a new index atomically; searches under way finish on the old one.
 */
final class GuidanceIndex {

    static final int CHUNK_LENGTH = 1200;

    private static final String TITLE = "title";
    private static final String SECTION = "section";
    private static final String TEXT = "text";
    private static final String URL = "url";
    private static final String BASE_PATH = "base_path";
    private static final String UPDATED = "updated";

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final AtomicReference<Snapshot> current = new AtomicReference<>();

    GuidanceIndex(List<GuidancePage> pages) {
        current.set(build(pages));
    }

    /** The pages now searched, in the order they were given. */
    List<GuidancePage> pages() {
        return current.get().pages();
    }

    /** Builds an index of these pages and makes it the one searched. */
    void replace(List<GuidancePage> pages) {
        Snapshot old = current.getAndSet(build(pages));
        release(old.reader());
    }

    GuidanceResults search(String words, int page, int pageSize) {
        Query query = query(words);
        Snapshot snapshot = acquire();
        try {
            if (query == null) {
                return new GuidanceResults(0, page, pageSize, List.of());
            }
            IndexSearcher searcher = new IndexSearcher(snapshot.reader());
            int matches = searcher.count(query);
            if (matches == 0) {
                return new GuidanceResults(0, page, pageSize, List.of());
            }
            List<Document> sections = bestChunkOfEachSection(searcher, searcher.search(query, matches));
            List<Hit> hits = new ArrayList<>();
            Excerpts excerpts = new Excerpts(analyzer, words);
            for (int i = (page - 1) * pageSize; i < sections.size() && i < page * pageSize; i++) {
                Document doc = sections.get(i);
                hits.add(new Hit(doc.get(TITLE), doc.get(SECTION), doc.get(URL), excerpts.of(doc.get(TEXT)),
                        LocalDate.parse(doc.get(UPDATED))));
            }
            int total = sections.size();
            return new GuidanceResults(total, page, pageSize, hits);
        } catch (IOException e) {
            throw new UncheckedIOException("Guidance search failed", e);
        } finally {
            release(snapshot.reader());
        }
    }

    /** One result per section: a long section's best-scoring piece stands for it. */
    private static List<Document> bestChunkOfEachSection(IndexSearcher searcher, TopDocs top) throws IOException {
        Map<String, Document> best = new LinkedHashMap<>();
        for (ScoreDoc scoreDoc : top.scoreDocs) {
            Document doc = searcher.storedFields().document(scoreDoc.doc);
            best.putIfAbsent(doc.get(URL) + "\n" + doc.get(SECTION), doc);
        }
        return new ArrayList<>(best.values());
    }

    private @Nullable Query query(String words) {
        QueryBuilder builder = new QueryBuilder(analyzer);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        any |= add(query, builder.createBooleanQuery(SECTION, words, Occur.SHOULD), 2.5f);
        any |= add(query, builder.createBooleanQuery(TITLE, words, Occur.SHOULD), 1.5f);
        any |= add(query, builder.createBooleanQuery(TEXT, words, Occur.SHOULD), 1f);
        add(query, builder.createPhraseQuery(TEXT, words, 2), 2f);
        return any ? query.build() : null;
    }

    private static boolean add(BooleanQuery.Builder query, @Nullable Query clause, float boost) {
        if (clause == null) {
            return false;
        }
        query.add(new BoostQuery(clause, boost), Occur.SHOULD);
        return true;
    }

    private Snapshot build(List<GuidancePage> pages) {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (GuidancePage page : pages) {
                for (GuidancePage.Section section : page.sections()) {
                    for (String chunk : chunks(section.text())) {
                        writer.addDocument(document(page, section, chunk));
                    }
                }
            }
            writer.commit();
            return new Snapshot(List.copyOf(pages), DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build the guidance index", e);
        }
    }

    private static Document document(GuidancePage page, GuidancePage.Section section, String chunk) {
        Document doc = new Document();
        doc.add(new TextField(TITLE, page.title(), Field.Store.YES));
        doc.add(new TextField(SECTION, section.heading(), Field.Store.YES));
        doc.add(new TextField(TEXT, chunk, Field.Store.YES));
        doc.add(new StoredField(URL, section.url()));
        doc.add(new StringField(BASE_PATH, page.basePath(), Field.Store.YES));
        doc.add(new StoredField(UPDATED, page.updatedAt().toLocalDate().toString()));
        return doc;
    }

    /** Splits long text at paragraph breaks into pieces of about {@link #CHUNK_LENGTH} characters. */
    static List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        StringBuilder chunk = new StringBuilder();
        for (String paragraph : text.split("\n\n")) {
            if (chunk.length() > 0 && chunk.length() + paragraph.length() > CHUNK_LENGTH) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
            }
            if (chunk.length() > 0) {
                chunk.append("\n\n");
            }
            chunk.append(paragraph);
        }
        if (chunk.length() > 0) {
            chunks.add(chunk.toString());
        }
        return chunks;
    }

    private Snapshot acquire() {
        while (true) {
            Snapshot snapshot = current.get();
            if (snapshot.reader().tryIncRef()) {
                return snapshot;
            }
        }
    }

    private static void release(DirectoryReader reader) {
        try {
            reader.decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Snapshot(List<GuidancePage> pages, DirectoryReader reader) {}
}
