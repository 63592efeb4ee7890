package uk.gov.signpost.employment.internal.jobs;

import static uk.gov.signpost.employment.internal.jobs.AdvertDocument.AREA;
import static uk.gov.signpost.employment.internal.jobs.AdvertDocument.CLOSING;
import static uk.gov.signpost.employment.internal.jobs.AdvertDocument.DEPARTMENT_NAME;
import static uk.gov.signpost.employment.internal.jobs.AdvertDocument.ID;
import static uk.gov.signpost.employment.internal.jobs.AdvertDocument.LOCATION_TEXT;
import static uk.gov.signpost.employment.internal.jobs.AdvertDocument.PLACE;
import static uk.gov.signpost.employment.internal.jobs.AdvertDocument.POINT;
import static uk.gov.signpost.employment.internal.jobs.AdvertDocument.SALARY_MAX;
import static uk.gov.signpost.employment.internal.jobs.AdvertDocument.SALARY_MIN;
import static uk.gov.signpost.employment.internal.jobs.AdvertDocument.SOC;
import static uk.gov.signpost.employment.internal.jobs.AdvertDocument.TITLE;
import static uk.gov.signpost.employment.internal.jobs.AdvertDocument.VECTOR;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * A Lucene index of adverts: BM25 over the title, the advert text and the occupation's skills; points and areas
 * for location; salary and closing date for filters; and, once enrichment has run, a MiniLM vector of each title
 * in an HNSW graph (the fields are in {@link AdvertDocument}, the queries in {@link JobQueries}). It retrieves
 * candidates with every signal measured ({@link #retrieve}); {@link Ranking} decides their order.
 *
 * <p>An index never changes after it is built. Safe to share between threads.
 */
final class JobIndex implements Closeable {

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final boolean semantic;
    private final Map<String, String> departments;

    private JobIndex(DirectoryReader reader, boolean semantic, Map<String, String> departments) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        // No query cache: each search works out its filters once (FilterBits), and the cache's bookkeeping on every
        // scorer cost more than it saved on an index this size.
        this.searcher.setQueryCache(null);
        this.semantic = semantic;
        this.departments = departments;
    }

    /** Writes these adverts into an empty directory and opens the index. */
    static JobIndex build(Directory directory, Iterable<IndexedAdvert> adverts) {
        return build(directory, adverts, new IndexWriterConfig(AdvertDocument.ANALYZER));
    }

    static JobIndex build(Directory directory, Iterable<IndexedAdvert> adverts, IndexWriterConfig config) {
        boolean semantic = false;
        Map<String, String> departments = new TreeMap<>();
        try (IndexWriter writer = new IndexWriter(directory, config.setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            for (IndexedAdvert advert : adverts) {
                writer.addDocument(AdvertDocument.of(advert));
                semantic |= advert.vector() != null;
                departments.putIfAbsent(AdvertDocument.departmentKey(advert.advert().department()), advert.advert().department());
            }
            writer.commit();
            return new JobIndex(DirectoryReader.open(directory), semantic, Map.copyOf(departments));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build the job index", e);
        }
    }

    /** True when every advert has a title vector, so that search can use meaning as well as words. */
    boolean semantic() {
        return semantic;
    }

    int size() {
        return reader.numDocs();
    }

    /** Employers by lower-case name, as the adverts name them. */
    Map<String, String> departments() {
        return departments;
    }

    /** Finds the candidates for one search, each with its text score, similarity and distance measured. */
    Retrieval retrieve(Retrieve request) {
        try {
            Query filter = JobQueries.filter(request);
            if (!(filter instanceof MatchAllDocsQuery)) {
                filter = FilterBits.of(searcher, filter);
            }
            Map<Integer, Candidate.Builder> found = new LinkedHashMap<>();
            long total;
            boolean exact;
            if (!request.words().isEmpty()) {
                Query text = JobQueries.text(request.words(), request.occupation());
                TopDocs hits = searcher.search(JobQueries.filtered(text, filter),
                        new TopScoreDocCollectorManager(request.window(), null, request.window()));
                total = hits.totalHits.value;
                exact = hits.totalHits.relation == TotalHits.Relation.EQUAL_TO;
                for (ScoreDoc hit : hits.scoreDocs) {
                    found.computeIfAbsent(hit.doc, Candidate.Builder::new).textScore = hit.score;
                }
                if (request.vector() != null && semantic) {
                    total += addSimilar(request, filter, text, found, total > hits.scoreDocs.length);
                }
            } else {
                TopDocs hits = searcher.search(filter,
                        new TopFieldCollectorManager(JobQueries.browseOrder(request.area()), request.window(), null,
                                request.window()));
                total = hits.totalHits.value;
                exact = hits.totalHits.relation == TotalHits.Relation.EQUAL_TO;
                for (ScoreDoc hit : hits.scoreDocs) {
                    found.computeIfAbsent(hit.doc, Candidate.Builder::new);
                }
            }
            List<Candidate.Builder> builders = new ArrayList<>(found.values());
            builders.sort(Comparator.comparingInt(b -> b.doc));
            if (request.vector() != null && semantic) {
                measureSimilarity(builders, request.vector());
            }
            if (request.area() != null && request.area().point() != null) {
                measureDistance(builders, request.area().point());
            }
            return new Retrieval(total, exact, builders.stream().map(Candidate.Builder::build).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Job search failed", e);
        }
    }

    /**
     * Adds the adverts nearest in meaning, above the floor, and returns how many of them the words did not match
     * (they add to the total). When more adverts matched the words than the window holds, the ones found by meaning
     * outside the window are scored for words too, so that none is counted twice.
     */
    private long addSimilar(Retrieve request, Query filter, Query text, Map<Integer, Candidate.Builder> found,
            boolean windowFull) throws IOException {
        TopDocs nearest = searcher.search(
                new KnnFloatVectorQuery(VECTOR, request.vector(), request.semanticK(), filter), request.semanticK());
        List<ScoreDoc> similar = new ArrayList<>();
        for (ScoreDoc hit : nearest.scoreDocs) {
            if (similarity(hit.score) >= request.semanticFloor()) {
                similar.add(hit);
            }
        }
        if (similar.isEmpty()) {
            return 0;
        }
        List<BytesRef> unscored = new ArrayList<>();
        if (windowFull) {
            List<LeafReaderContext> leaves = reader.leaves();
            for (ScoreDoc hit : similar) {
                if (!found.containsKey(hit.doc)) {
                    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
                    SortedDocValues ids = DocValues.getSorted(leaf.reader(), ID);
                    if (ids.advanceExact(hit.doc - leaf.docBase)) {
                        unscored.add(BytesRef.deepCopyOf(ids.lookupOrd(ids.ordValue())));
                    }
                }
            }
        }
        if (!unscored.isEmpty()) {
            TopDocs scored = searcher.search(JobQueries.filtered(text, new TermInSetQuery(ID, unscored)), unscored.size());
            for (ScoreDoc hit : scored.scoreDocs) {
                found.computeIfAbsent(hit.doc, Candidate.Builder::new).textScore = hit.score;
            }
        }
        long onlyByMeaning = 0;
        for (ScoreDoc hit : similar) {
            Candidate.Builder candidate = found.computeIfAbsent(hit.doc, Candidate.Builder::new);
            if (candidate.textScore == 0) {
                onlyByMeaning++;
            }
            candidate.similarity = similarity(hit.score);
        }
        return onlyByMeaning;
    }

    /** Reads the title vectors of candidates the nearest-neighbour search did not reach. */
    private void measureSimilarity(List<Candidate.Builder> candidates, float[] query) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        FloatVectorValues values = null;
        int leafIndex = -1;
        for (Candidate.Builder candidate : candidates) {
            if (!Double.isNaN(candidate.similarity)) {
                continue;
            }
            int leaf = ReaderUtil.subIndex(candidate.doc, leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                values = leaves.get(leaf).reader().getFloatVectorValues(VECTOR);
            }
            int docInLeaf = candidate.doc - leaves.get(leaf).docBase;
            if (values == null) {
                continue;
            }
            int at = values.docID() < docInLeaf ? values.advance(docInLeaf) : values.docID();
            if (at == docInLeaf) {
                candidate.similarity = similarity(VectorSimilarityFunction.DOT_PRODUCT.compare(query, values.vectorValue()));
            }
        }
    }

    /** The distance from {@code from} to each candidate's nearest place with coordinates. */
    private void measureDistance(List<Candidate.Builder> candidates, GeoPoint from) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        SortedNumericDocValues points = null;
        int leafIndex = -1;
        for (Candidate.Builder candidate : candidates) {
            int leaf = ReaderUtil.subIndex(candidate.doc, leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                points = leaves.get(leaf).reader().getSortedNumericDocValues(POINT);
            }
            int docInLeaf = candidate.doc - leaves.get(leaf).docBase;
            if (points == null || !points.advanceExact(docInLeaf)) {
                continue;
            }
            double nearest = Double.POSITIVE_INFINITY;
            for (int i = 0; i < points.docValueCount(); i++) {
                long encoded = points.nextValue();
                GeoPoint point = new GeoPoint(GeoEncodingUtils.decodeLatitude((int) (encoded >>> 32)),
                        GeoEncodingUtils.decodeLongitude((int) (encoded & 0xFFFFFFFFL)));
                nearest = Math.min(nearest, from.milesTo(point));
            }
            candidate.distanceMiles = nearest;
        }
    }

    /** What the index stored about one advert, for showing and explaining it. */
    StoredAdvert stored(int doc) {
        try {
            Document document = searcher.storedFields().document(doc);
            List<Place> places = new ArrayList<>();
            for (String place : document.getValues(PLACE)) {
                places.add(StoredAdvert.decodePlace(place));
            }
            Set<String> areas = new LinkedHashSet<>(List.of(document.getValues(AREA)));
            return new StoredAdvert(doc, document.get(ID), document.get(TITLE), document.get(DEPARTMENT_NAME),
                    document.get(LOCATION_TEXT), integer(document, SALARY_MIN), integer(document, SALARY_MAX),
                    LocalDate.ofEpochDay(document.getField(CLOSING).numericValue().longValue()), document.get(SOC),
                    places, areas);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this advert's {@code field} holds the index term {@code term} (see {@link AdvertDocument#terms}). */
    boolean contains(int doc, String field, String term) {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        try {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                return false;
            }
            TermsEnum iterator = terms.iterator();
            if (!iterator.seekExact(new BytesRef(term))) {
                return false;
            }
            PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
            int target = doc - leaf.docBase;
            return postings.advance(target) == target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double similarity(float dotProductScore) {
        return dotProductScore * 2.0 - 1.0;
    }

    private static @Nullable Integer integer(Document document, String field) {
        var value = document.getField(field);
        return value == null ? null : value.numericValue().intValue();
    }
}
