package uk.gov.signpost.employment.internal.jobs;

import static uk.gov.signpost.employment.internal.jobs.AdvertDocument.AREA;
import static uk.gov.signpost.employment.internal.jobs.AdvertDocument.BODY;
import static uk.gov.signpost.employment.internal.jobs.AdvertDocument.CLOSING;
import static uk.gov.signpost.employment.internal.jobs.AdvertDocument.DEPARTMENT;
import static uk.gov.signpost.employment.internal.jobs.AdvertDocument.POINT;
import static uk.gov.signpost.employment.internal.jobs.AdvertDocument.SALARY_MAX;
import static uk.gov.signpost.employment.internal.jobs.AdvertDocument.SKILLS;
import static uk.gov.signpost.employment.internal.jobs.AdvertDocument.SOC;
import static uk.gov.signpost.employment.internal.jobs.AdvertDocument.TITLE;
import static uk.gov.signpost.employment.internal.jobs.AdvertDocument.TITLE_BROAD;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/** The Lucene queries for one search: its words, its filters, and the order of results when there are no words. */
final class JobQueries {

    private static final float TITLE_BOOST = 3f;
    private static final float TITLE_BROAD_BOOST = 1f;
    private static final float BODY_BOOST = 0.5f;
    private static final float SKILLS_BOOST = 0.3f;
    private static final float PHRASE_BOOST = 2f;
    private static final float OCCUPATION_BOOST = 2f;
    private static final double METRES_PER_MILE = 1609.344;

    private JobQueries() {}

    /**
     * Each word may match the title (closely or broadly) or the advert text, and most of the words must match. The
     * occupation's skills, the whole search as a phrase in the title, and the occupation the search codes to add to
     * the score of an advert that matched, but never make an advert match.
     */
    static Query text(List<SearchTerms.Word> words, @Nullable String occupation) {
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

    /** Salary, closing date, employer and place, as one filter; everything when there are none. */
    static Query filter(Retrieve request) {
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
            filter.add(new TermQuery(new Term(DEPARTMENT, AdvertDocument.departmentKey(request.department()))), Occur.FILTER);
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

    static Query filtered(Query query, Query filter) {
        if (filter instanceof MatchAllDocsQuery) {
            return query;
        }
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(filter, Occur.FILTER).build();
    }

    /** With no words to rank by: nearest first when there is a place, then the latest closing date. */
    static Sort browseOrder(Retrieve.@Nullable Area area) {
        SortField latestClosing = new SortField(CLOSING, SortField.Type.INT, true);
        if (area != null && area.point() != null) {
            return new Sort(LatLonDocValuesField.newDistanceSort(POINT, area.point().latitude(),
                    area.point().longitude()), latestClosing);
        }
        return new Sort(latestClosing);
    }
}
