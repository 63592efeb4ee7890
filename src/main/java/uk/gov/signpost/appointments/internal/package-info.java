@NullMarked
package uk.gov.signpost.appointments.internal;

import org.jspecify.annotations.NullMarked;
