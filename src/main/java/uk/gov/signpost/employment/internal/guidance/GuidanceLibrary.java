package uk.gov.signpost.employment.internal.guidance;

import org.springframework.stereotype.Service;
import uk.gov.signpost.employment.GuidanceQuery;
import uk.gov.signpost.employment.GuidanceResults;
import uk.gov.signpost.employment.GuidanceSearch;

/** The use case behind {@link GuidanceSearch}. Queries are what people wrote, so nothing here logs them. */
@Service
class GuidanceLibrary implements GuidanceSearch {

    private final GuidanceIndex index;
    private final int pageSize;

    GuidanceLibrary(GuidanceIndex index, GuidanceProperties properties) {
        this.index = index;
        this.pageSize = properties.pageSize();
    }

    @Override
    public GuidanceResults search(GuidanceQuery query) {
        return index.search(query.text(), query.page(), pageSize);
    }
}
