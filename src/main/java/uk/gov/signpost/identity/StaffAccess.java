package uk.gov.signpost.identity;

import java.util.Arrays;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import uk.gov.signpost.platform.SignpostException;

/**
 * The check staff pages make behind the filter chain's URL rules: the page's own roles, from the signed-in member
 * of staff. It keeps a page closed even if a URL slips past the chain. With no {@link CurrentStaff} at all (sign-in
 * not configured), staff pages are closed.
 */
@Component
public class StaffAccess {

    private final ObjectProvider<CurrentStaff> staff;

    StaffAccess(ObjectProvider<CurrentStaff> staff) {
        this.staff = staff;
    }

    /**
     * The signed-in member of staff, if they hold one of these roles.
     *
     * @throws StaffOnlyException (403 {@code staff_only}) otherwise
     */
    public StaffMember require(StaffRole... roles) {
        CurrentStaff current = staff.getIfAvailable();
        StaffMember member = current == null ? null : current.current().orElse(null);
        if (member == null || Arrays.stream(roles).noneMatch(member::has)) {
            throw new StaffOnlyException();
        }
        return member;
    }

    /** The page needs a staff role the caller does not have. Maps to 403. */
    public static final class StaffOnlyException extends SignpostException {

        StaffOnlyException() {
            super("staff_only", "You need to sign in as a member of staff with access to this page");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.FORBIDDEN;
        }
    }
}
