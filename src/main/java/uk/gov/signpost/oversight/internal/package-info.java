@NullMarked
package uk.gov.signpost.oversight.internal;

import org.jspecify.annotations.NullMarked;
