/** The employment pack's part in the agent: its guided flows and the tools that run them. */
@NullMarked
package uk.gov.signpost.employment.internal.agent;

import org.jspecify.annotations.NullMarked;
