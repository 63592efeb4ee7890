package uk.gov.signpost.employment.internal.jobs;

import uk.gov.signpost.employment.JobQuery;
import uk.gov.signpost.employment.JobSearch;
import uk.gov.signpost.employment.JobSearchResult;
import uk.gov.signpost.employment.internal.occupations.WelshJobTerms;

/**
 * Job search that also understands Welsh job words: the words of the query go through {@link WelshJobTerms}
 * ("swyddi gofal" becomes "care") before the search, which works on the adverts' English. A query with no Welsh
 * job word is searched as written.
 */
final class WelshJobQueries implements JobSearch {

    private final JobSearch search;
    private final WelshJobTerms terms;

    WelshJobQueries(JobSearch search, WelshJobTerms terms) {
        this.search = search;
        this.terms = terms;
    }

    @Override
    public JobSearchResult search(JobQuery query) {
        String english = terms.inEnglish(query.text());
        if (english.equals(query.text())) {
            return search.search(query);
        }
        return search.search(new JobQuery(english, query.near(), query.radiusMiles(), query.salaryMin(),
                query.department(), query.closingAfter(), query.page(), query.pageSize()));
    }
}
