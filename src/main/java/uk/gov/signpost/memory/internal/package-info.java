@NullMarked
package uk.gov.signpost.memory.internal;

import org.jspecify.annotations.NullMarked;
