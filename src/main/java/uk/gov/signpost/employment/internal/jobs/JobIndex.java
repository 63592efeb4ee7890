package uk.gov.signpost.employment.internal.jobs;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
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
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import uk.gov.signpost.employment.Nation;

/**
 * A Lucene index of adverts: BM25 over the title, the advert text and the occupation's skills; points and areas
 * for location; salary and closing date for filters; and, once enrichment has run, a MiniLM vector of each title
 * in an HNSW graph. It retrieves candidates with every signal measured ({@link #retrieve}); {@link Ranking} decides
 * their order.
 *
 * <p>An index never changes after it is built. Safe to share between threads.
 */
final class JobIndex implements Closeable {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String TITLE_BROAD = "title_broad";
    static final String BODY = "body";
    static final String SKILLS = "skills";
    static final String SOC = "soc";
    static final String DEPARTMENT = "department";
    static final String DEPARTMENT_NAME = "department_name";
    static final String LOCATION_TEXT = "location_text";
    static final String SALARY_MIN = "salary_min";
    static final String SALARY_MAX = "salary_max";
    static final String CLOSING = "closing";
    static final String POINT = "point";
    static final String PLACE = "place";
    static final String AREA = "area";
    static final String VECTOR = "vector";

    static final String NATIONAL = "national";
    static final String REMOTE = "remote";

    /** Words that say nothing about which job: "jobs in Leeds" is a search for jobs near Leeds. */
    private static final List<String> SEARCH_WORDS = List.of("job", "jobs", "role", "roles", "vacancy", "vacancies",
            "position", "positions", "career", "careers");
    private static final CharArraySet STOP_WORDS = stopWords();
    /** Light stemming (KStem): "officers" is "officer", but "officer" is not "office". */
    private static final Analyzer PRECISE = analyzer(false);
    /** Heavy stemming (Porter), for the title only: "administrative" is "administrator" and "administration". */
    private static final Analyzer BROAD = analyzer(true);
    private static final Analyzer FIELDS = new PerFieldAnalyzerWrapper(PRECISE, Map.of(TITLE_BROAD, BROAD));
    private static final float TITLE_BOOST = 3f;
    private static final float TITLE_BROAD_BOOST = 1f;
    private static final float BODY_BOOST = 0.5f;
    private static final float SKILLS_BOOST = 0.3f;
    private static final float PHRASE_BOOST = 2f;
    private static final float OCCUPATION_BOOST = 2f;
    private static final double METRES_PER_MILE = 1609.344;

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final boolean semantic;
    private final Map<String, String> departments;

    private JobIndex(DirectoryReader reader, boolean semantic, Map<String, String> departments) {
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.semantic = semantic;
        this.departments = departments;
    }

    /** Writes these adverts into an empty directory and opens the index. */
    static JobIndex build(Directory directory, Iterable<IndexedAdvert> adverts) {
        return build(directory, adverts, new IndexWriterConfig(FIELDS));
    }

    static JobIndex build(Directory directory, Iterable<IndexedAdvert> adverts, IndexWriterConfig config) {
        boolean semantic = false;
        Map<String, String> departments = new TreeMap<>();
        try (IndexWriter writer = new IndexWriter(directory, config.setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
            for (IndexedAdvert advert : adverts) {
                writer.addDocument(document(advert));
                semantic |= advert.vector() != null;
                departments.putIfAbsent(departmentKey(advert.advert().department()), advert.advert().department());
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

    /**
     * Text as the index holds it in every field but {@link #TITLE_BROAD}: lower case, lightly stemmed, without stop
     * words ("Administrative Officers" is {@code administrative}, {@code officer}).
     */
    static List<String> terms(String text) {
        return analyse(PRECISE, text);
    }

    /** Text as {@link #TITLE_BROAD} holds it: "Administrative Officers" is {@code administr}, {@code offic}. */
    static List<String> broadTerms(String text) {
        return analyse(BROAD, text);
    }

    private static List<String> analyse(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(TITLE, text)) {
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

    static String departmentKey(String department) {
        return department.strip().toLowerCase(Locale.ROOT);
    }

    /** Finds the candidates for one search, each with its text score, similarity and distance measured. */
    Retrieval retrieve(Retrieve request) {
        try {
            Query filter = filter(request);
            if (!(filter instanceof MatchAllDocsQuery)) {
                filter = FilterBits.of(searcher, filter);
            }
            Map<Integer, Candidate.Builder> found = new LinkedHashMap<>();
            long total;
            boolean exact;
            if (!request.words().isEmpty()) {
                Query text = text(request.words(), request.occupation());
                TopDocs hits = searcher.search(filtered(text, filter),
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
                        new TopFieldCollectorManager(browseOrder(request.area()), request.window(), null,
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
            TopDocs scored = searcher.search(filtered(text, new TermInSetQuery(ID, unscored)), unscored.size());
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

    /** Whether this advert's {@code field} holds the index term {@code term} (see {@link #terms}). */
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

    /**
     * Each word may match the title (closely or broadly) or the advert text, and most of the words must match. The
     * occupation's skills, the whole search as a phrase in the title, and the occupation the search codes to add to
     * the score of an advert that matched, but never make an advert match.
     */
    private static Query text(List<SearchTerms.Word> words, @Nullable String occupation) {
        BooleanQuery.Builder matching = new BooleanQuery.Builder();
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        List<String> phrase = new ArrayList<>();
        for (SearchTerms.Word word : words) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            for (String term : word.terms()) {
                anyField.add(new BoostQuery(new TermQuery(new Term(TITLE, term)), TITLE_BOOST), Occur.SHOULD);
                anyField.add(new BoostQuery(new TermQuery(new Term(BODY, term)), BODY_BOOST), Occur.SHOULD);
                query.add(new BoostQuery(new TermQuery(new Term(SKILLS, term)), SKILLS_BOOST), Occur.SHOULD);
                phrase.add(term);
            }
            for (String term : word.broadTerms()) {
                anyField.add(new BoostQuery(new TermQuery(new Term(TITLE_BROAD, term)), TITLE_BROAD_BOOST),
                        Occur.SHOULD);
            }
            matching.add(anyField.build(), Occur.SHOULD);
        }
        matching.setMinimumNumberShouldMatch(Math.max(1, words.size() * 3 / 4));
        query.add(matching.build(), Occur.MUST);
        if (phrase.size() > 1) {
            PhraseQuery.Builder inTitle = new PhraseQuery.Builder().setSlop(1);
            phrase.forEach(term -> inTitle.add(new Term(TITLE, term)));
            query.add(new BoostQuery(inTitle.build(), PHRASE_BOOST), Occur.SHOULD);
        }
        if (occupation != null) {
            query.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(SOC, occupation))),
                    OCCUPATION_BOOST), Occur.SHOULD);
        }
        return query.build();
    }

    private static Query filter(Retrieve request) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        boolean any = false;
        if (request.salaryMin() != null) {
            filter.add(IntPoint.newRangeQuery(SALARY_MAX, request.salaryMin(), Integer.MAX_VALUE), Occur.FILTER);
            any = true;
        }
        if (request.closingAfter() != null) {
            filter.add(IntPoint.newRangeQuery(CLOSING, (int) request.closingAfter().toEpochDay(), Integer.MAX_VALUE),
                    Occur.FILTER);
            any = true;
        }
        if (request.department() != null) {
            filter.add(new TermQuery(new Term(DEPARTMENT, departmentKey(request.department()))), Occur.FILTER);
            any = true;
        }
        Retrieve.Area area = request.area();
        if (area != null) {
            BooleanQuery.Builder where = new BooleanQuery.Builder();
            if (area.point() != null) {
                where.add(LatLonPoint.newDistanceQuery(POINT, area.point().latitude(), area.point().longitude(),
                        area.radiusMiles() * METRES_PER_MILE), Occur.SHOULD);
            }
            area.areas().forEach(value -> where.add(new TermQuery(new Term(AREA, value)), Occur.SHOULD));
            filter.add(where.build(), Occur.FILTER);
            any = true;
        }
        return any ? new ConstantScoreQuery(filter.build()) : new MatchAllDocsQuery();
    }

    private static Query filtered(Query query, Query filter) {
        if (filter instanceof MatchAllDocsQuery) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
    }

    /** With no words to rank by: nearest first when there is a place, then the latest closing date. */
    private static Sort browseOrder(Retrieve.@Nullable Area area) {
        SortField latestClosing = new SortField(CLOSING, SortField.Type.INT, true);
        if (area != null && area.point() != null) {
            return new Sort(LatLonDocValuesField.newDistanceSort(POINT, area.point().latitude(),
                    area.point().longitude()), latestClosing);
        }
        return new Sort(latestClosing);
    }

    private static double similarity(float dotProductScore) {
        return dotProductScore * 2.0 - 1.0;
    }

    private static @Nullable Integer integer(Document document, String field) {
        var value = document.getField(field);
        return value == null ? null : value.numericValue().intValue();
    }

    private static Document document(IndexedAdvert indexed) {
        Advert advert = indexed.advert();
        Document document = new Document();
        document.add(new StringField(ID, advert.reference(), Field.Store.YES));
        document.add(new SortedDocValuesField(ID, new BytesRef(advert.reference())));
        document.add(new TextField(TITLE, advert.title(), Field.Store.YES));
        document.add(new TextField(TITLE_BROAD, advert.title(), Field.Store.NO));
        String body = advert.department() + "\n" + (advert.aboutTheJob() == null ? "" : advert.aboutTheJob());
        document.add(new TextField(BODY, body, Field.Store.NO));
        document.add(new TextField(SKILLS, indexed.skills(), Field.Store.NO));
        document.add(new StringField(DEPARTMENT, departmentKey(advert.department()), Field.Store.NO));
        document.add(new StoredField(DEPARTMENT_NAME, advert.department()));
        document.add(new StoredField(LOCATION_TEXT, advert.locationText()));
        if (advert.salaryMin() != null) {
            document.add(new IntPoint(SALARY_MIN, advert.salaryMin()));
            document.add(new StoredField(SALARY_MIN, advert.salaryMin()));
        }
        if (advert.salaryMax() != null) {
            document.add(new IntPoint(SALARY_MAX, advert.salaryMax()));
            document.add(new StoredField(SALARY_MAX, advert.salaryMax()));
        }
        int closing = (int) advert.closingDate().toEpochDay();
        document.add(new IntPoint(CLOSING, closing));
        document.add(new NumericDocValuesField(CLOSING, closing));
        document.add(new StoredField(CLOSING, closing));
        addLocation(document, advert.location());
        if (indexed.socCode() != null) {
            document.add(new StringField(SOC, indexed.socCode(), Field.Store.YES));
        }
        if (indexed.vector() != null) {
            document.add(new KnnFloatVectorField(VECTOR, indexed.vector(), VectorSimilarityFunction.DOT_PRODUCT));
        }
        return document;
    }

    private static void addLocation(Document document, AdvertLocation location) {
        Set<String> areas = new LinkedHashSet<>();
        for (Place place : location.places()) {
            document.add(new StoredField(PLACE, StoredAdvert.encodePlace(place)));
            if (place.point() != null) {
                document.add(new LatLonPoint(POINT, place.point().latitude(), place.point().longitude()));
                document.add(new LatLonDocValuesField(POINT, place.point().latitude(), place.point().longitude()));
            } else {
                areas.add(nationArea(place.nation()));
            }
        }
        if (location.national()) {
            areas.add(NATIONAL);
        }
        if (location.remote()) {
            areas.add(REMOTE);
        }
        location.nations().forEach(nation -> areas.add(nationArea(nation)));
        location.regions().forEach(region -> areas.add(regionArea(region)));
        areas.forEach(area -> document.add(new StringField(AREA, area, Field.Store.YES)));
    }

    static String nationArea(Nation nation) {
        return "nation:" + nation.key();
    }

    static String regionArea(String region) {
        return "region:" + region;
    }

    private static CharArraySet stopWords() {
        CharArraySet stopWords = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        stopWords.addAll(SEARCH_WORDS);
        return CharArraySet.unmodifiableSet(stopWords);
    }

    /** Standard tokens, possessives dropped, lower case, stop words out, then KStem or (broad) Porter stemming. */
    private static Analyzer analyzer(boolean broad) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new EnglishPossessiveFilter(tokenizer);
                stream = new LowerCaseFilter(stream);
                stream = new StopFilter(stream, STOP_WORDS);
                stream = broad ? new PorterStemFilter(stream) : new KStemFilter(stream);
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected TokenStream normalize(String field, TokenStream in) {
                return new LowerCaseFilter(in);
            }
        };
    }

    /**
     * What to look for.
     *
     * @param words the search's words with their index terms; empty to browse
     * @param vector the search's MiniLM embedding, or null to use words alone
     * @param occupation a SOC 2020 unit group to favour, or null
     * @param window how many word matches to consider for ranking
     * @param semanticK how many nearest neighbours in meaning to consider
     * @param semanticFloor the lowest cosine similarity that counts as a match on meaning alone
     */
    record Retrieve(List<SearchTerms.Word> words, float @Nullable [] vector, @Nullable String occupation,
            @Nullable Integer salaryMin, @Nullable LocalDate closingAfter, @Nullable String department,
            @Nullable Area area, int window, int semanticK, double semanticFloor) {

        Retrieve {
            words = List.copyOf(words);
            if (window < 1 || semanticK < 1) {
                throw new IllegalArgumentException("window and semanticK must be positive");
            }
        }

        /**
         * Where the job must be: within {@code radiusMiles} of {@code point}, or in one of {@code areas} (index values
         * such as {@code national} or {@code region:london}).
         */
        record Area(@Nullable GeoPoint point, double radiusMiles, Collection<String> areas) {

            Area {
                areas = List.copyOf(areas);
            }
        }
    }

    /**
     * The candidates found, and how many adverts matched: exactly when {@code exact}, otherwise at least {@code total}
     * (counting stops once the window is full, so that a search matching most of a large index stays fast).
     */
    record Retrieval(long total, boolean exact, List<Candidate> candidates) {

        Retrieval {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * One advert that may be shown.
     *
     * @param textScore its BM25 score, 0 when the words did not match it
     * @param similarity cosine similarity of its title to the search, NaN when not measured
     * @param distanceMiles to its nearest place with coordinates, NaN when it has none or no place was searched
     */
    record Candidate(int doc, float textScore, double similarity, double distanceMiles) {

        static final class Builder {
            final int doc;
            float textScore;
            double similarity = Double.NaN;
            double distanceMiles = Double.NaN;

            Builder(int doc) {
                this.doc = doc;
            }

            Candidate build() {
                return new Candidate(doc, textScore, similarity, distanceMiles);
            }
        }
    }
}
