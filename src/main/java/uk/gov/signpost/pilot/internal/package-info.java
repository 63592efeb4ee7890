@NullMarked
package uk.gov.signpost.pilot.internal;

import org.jspecify.annotations.NullMarked;
