package uk.gov.signpost.employment.internal.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import uk.gov.signpost.employment.Nation;

/**
 * How an advert is held in the job index: its fields, how their text is analysed, and the document written for it.
 * {@link JobIndex} writes and reads these fields and {@link JobQueries} searches them.
 */
final class AdvertDocument {

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
    /** Every field with {@link #PRECISE}, but {@link #TITLE_BROAD} with {@link #BROAD}. */
    static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(PRECISE, Map.of(TITLE_BROAD, BROAD));

    private AdvertDocument() {}

    /** The document for one advert, with everything search, filters and explanations read. */
    static Document of(IndexedAdvert indexed) {
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

    /** Employers are matched whatever their case or surrounding spaces. */
    static String departmentKey(String department) {
        return department.strip().toLowerCase(Locale.ROOT);
    }

    /** The {@link #AREA} value for an advert anywhere in a nation. */
    static String nationArea(Nation nation) {
        return "nation:" + nation.key();
    }

    /** The {@link #AREA} value for an advert anywhere in an English region. */
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
}
