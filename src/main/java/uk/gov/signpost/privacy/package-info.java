/**
 * The person's data rights: access and portability (export), erasure (every {@code PersonalDataHolder}, then the
 * person's data key), retention, and the append-only, hash-chained audit log that records consents, exports,
 * erasures, staff access and settings changes.
 */
@NullMarked
@ApplicationModule(displayName = "Privacy")
package uk.gov.signpost.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
