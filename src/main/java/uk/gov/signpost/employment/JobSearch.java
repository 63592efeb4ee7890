package uk.gov.signpost.employment;

/**
 * Search the job adverts Signpost holds: by words and meaning, near a place, with filters.
 *
 * <p>Results say why each advert matched. The adverts are real Civil Service adverts from November 2023 to January
 * 2024, so every one has closed; see {@code data/jobs/PROVENANCE.md}.
 */
public interface JobSearch {

    /**
     * @throws uk.gov.signpost.platform.InvalidFieldException when {@code near} is not a place Signpost knows (code
     *     {@code place_unknown}) or {@code department} is not an employer in the adverts ({@code department_unknown})
     */
    JobSearchResult search(JobQuery query);
}
