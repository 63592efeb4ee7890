/**
 * Callbacks and appointments: caseworkers publish free times (a phone or video call-back, or an appointment in
 * person), the assistant offers one and books it once the person has said yes, and the person can see, move or
 * cancel it and get a confirmation through GOV.UK Notify. No slot is ever booked twice: PostgreSQL enforces it
 * with a unique index, so it holds across any number of instances. See {@code docs/appointments.md}.
 */
@NullMarked
@ApplicationModule(displayName = "Appointments")
package uk.gov.signpost.appointments;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
