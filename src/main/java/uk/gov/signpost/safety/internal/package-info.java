/** The rules behind the safety module's detectors. Private to the module. */
@NullMarked
package uk.gov.signpost.safety.internal;

import org.jspecify.annotations.NullMarked;
