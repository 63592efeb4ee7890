package uk.gov.signpost.oversight.internal;

import java.util.Arrays;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import uk.gov.signpost.identity.CurrentStaff;
import uk.gov.signpost.identity.StaffMember;
import uk.gov.signpost.identity.StaffRole;
import uk.gov.signpost.platform.SignpostException;

/**
 * A second check behind the filter chain's URL rules: the page's own roles, from the signed-in staff member. With
 * no {@link CurrentStaff} at all (sign-in not configured), staff pages are closed.
 */
@Component("oversightStaffGate")
class StaffGate {

    private final ObjectProvider<CurrentStaff> staff;

    StaffGate(ObjectProvider<CurrentStaff> staff) {
        this.staff = staff;
    }

    StaffMember require(StaffRole... roles) {
        CurrentStaff current = staff.getIfAvailable();
        StaffMember member = current == null ? null : current.current().orElse(null);
        if (member == null || Arrays.stream(roles).noneMatch(member::has)) {
            throw new StaffOnlyException();
        }
        return member;
    }

    /** The audit actor for the member: {@code staff:} and their subject, with anything unusual replaced. */
    static String actor(StaffMember member) {
        String subject = member.subject().replaceAll("[^A-Za-z0-9_-]", "_");
        return "staff:" + (subject.length() > 64 ? subject.substring(0, 64) : subject);
    }

    /** The page needs a staff role the caller does not have. Maps to 403. */
    static final class StaffOnlyException extends SignpostException {

        StaffOnlyException() {
            super("staff_only", "You need to sign in as a member of staff with access to this page");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.FORBIDDEN;
        }
    }
}
