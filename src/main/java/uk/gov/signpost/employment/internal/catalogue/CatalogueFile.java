package uk.gov.signpost.employment.internal.catalogue;

import java.util.List;

/** The shape of {@code catalogue/services.json}. */
record CatalogueFile(String checked, List<ServiceEntry> services) {}
