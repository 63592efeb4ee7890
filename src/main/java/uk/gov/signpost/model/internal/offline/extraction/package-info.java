/**
 * Rule-based entity extraction for offline mode: ages, nations and postcodes, money, dates, hours and work,
 * children and pregnancy, disability, caring, benefits, and yes or no. {@link
 * uk.gov.signpost.model.internal.offline.extraction.EntityExtractor} is the entry point.
 */
@NullMarked
package uk.gov.signpost.model.internal.offline.extraction;

import org.jspecify.annotations.NullMarked;
