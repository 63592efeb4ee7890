package uk.gov.signpost.employment;

/**
 * Search over GOV.UK guidance pages, one section at a time, so that an answer can cite the exact section it used.
 *
 * <p>Each hit's {@code url} is the address of the section on GOV.UK. An answer may link only to URLs that a search
 * returned in the same turn (see {@code uk.gov.signpost.agent.CitationGuard}).
 */
public interface GuidanceSearch {

    /**
     * The sections that best match the query, best first, one page of results at a time.
     *
     * @throws uk.gov.signpost.platform.InvalidFieldException never here: {@link GuidanceQuery} checks its fields
     *     when it is built
     */
    GuidanceResults search(GuidanceQuery query);
}
