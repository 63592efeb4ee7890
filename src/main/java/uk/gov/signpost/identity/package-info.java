/**
 * Who is asking. For now, anonymous citizen sessions: a bearer token for the API and a signed cookie carrying
 * the same token for pages. Sign-in (GOV.UK One Login) and staff roles come later and will live here too.
 */
@NullMarked
@ApplicationModule(displayName = "Identity")
package uk.gov.signpost.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
