/**
 * Who is asking: anonymous citizen sessions (a bearer token for the API, a signed cookie carrying the same token
 * for pages), citizens signed in through OpenID Connect (GOV.UK One Login, or the local provider in tests and the
 * local profile), and members of staff with their roles ({@link uk.gov.signpost.identity.CurrentStaff},
 * {@link uk.gov.signpost.identity.StaffAccess}). See ADR 0007.
 */
@NullMarked
@ApplicationModule(displayName = "Identity")
package uk.gov.signpost.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
