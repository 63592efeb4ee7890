/** The audit log's store and verifier, the retention job and the "continue later" links. */
@NullMarked
package uk.gov.signpost.privacy.internal;

import org.jspecify.annotations.NullMarked;
