package uk.gov.signpost.handoff.internal;

import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import uk.gov.signpost.identity.CurrentStaff;
import uk.gov.signpost.identity.StaffMember;
import uk.gov.signpost.identity.StaffRole;
import uk.gov.signpost.platform.SignpostException;

/**
 * Who may work the handoff queue: a signed-in caseworker or supervisor. The filter chain checks the same rule for
 * {@code /staff/handoffs/**}; this check keeps the rule true even if a URL slips past it.
 */
@Component
class StaffGate {

    private static final Pattern SAFE = Pattern.compile("[^A-Za-z0-9_-]");

    private final ObjectProvider<CurrentStaff> current;

    StaffGate(ObjectProvider<CurrentStaff> current) {
        this.current = current;
    }

    StaffMember caseworker() {
        CurrentStaff staff = current.getIfAvailable();
        StaffMember member = staff == null ? null : staff.current().orElse(null);
        if (member == null) {
            throw new StaffSignInRequiredException();
        }
        if (!member.has(StaffRole.CASEWORKER) && !member.has(StaffRole.SUPERVISOR)) {
            throw new StaffOnlyException();
        }
        return member;
    }

    /** The audit log's actor for a member of staff: {@code staff:} and their subject, made safe. */
    static String actor(StaffMember member) {
        String id = SAFE.matcher(member.subject()).replaceAll("_");
        return "staff:" + (id.length() > 64 ? id.substring(0, 64) : id);
    }

    static final class StaffSignInRequiredException extends SignpostException {
        StaffSignInRequiredException() {
            super("staff_sign_in_required", "Sign in as a member of staff to see this");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.UNAUTHORIZED;
        }
    }

    static final class StaffOnlyException extends SignpostException {
        StaffOnlyException() {
            super("caseworkers_only", "Only caseworkers and supervisors can work the handoff queue");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.FORBIDDEN;
        }
    }
}
