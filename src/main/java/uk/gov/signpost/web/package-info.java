/**
 * Citizen pages (GOV.UK Design System, working without JavaScript) and the REST API under {@code /api/v1}.
 * Controllers are thin: they find out who is asking, call a module's API and render the answer.
 */
@NullMarked
@ApplicationModule(displayName = "Web")
package uk.gov.signpost.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
