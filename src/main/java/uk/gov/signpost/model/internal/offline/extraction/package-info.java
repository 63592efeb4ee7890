/** Rule-based entity extraction for offline mode: ages, postcodes, money, dates, hours, yes or no, nations. */
@NullMarked
package uk.gov.signpost.model.internal.offline.extraction;

import org.jspecify.annotations.NullMarked;
