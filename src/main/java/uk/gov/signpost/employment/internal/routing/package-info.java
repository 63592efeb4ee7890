/** Routing: deterministic rules from what a person has said about themselves to the services that may help. */
@NullMarked
package uk.gov.signpost.employment.internal.routing;

import org.jspecify.annotations.NullMarked;
