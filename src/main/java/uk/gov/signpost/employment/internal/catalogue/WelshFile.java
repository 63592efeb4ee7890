package uk.gov.signpost.employment.internal.catalogue;

import java.util.Map;

/** The shape of {@code catalogue/services.cy.json}. */
record WelshFile(String checked, Map<String, WelshEntry> services) {}
