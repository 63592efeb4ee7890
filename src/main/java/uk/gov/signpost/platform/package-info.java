/**
 * Shared plumbing every module may use: the database set-up, the clock and the error types that the web layer
 * turns into {@code application/problem+json}. Nothing in here knows about a domain.
 */
@NullMarked
package uk.gov.signpost.platform;

import org.jspecify.annotations.NullMarked;
