package uk.gov.signpost.pilot.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import uk.gov.signpost.identity.CurrentStaff;
import uk.gov.signpost.identity.OperatorTokenAuthentication;
import uk.gov.signpost.identity.StaffMember;
import uk.gov.signpost.identity.StaffRole;
import uk.gov.signpost.platform.SignpostException;
import uk.gov.signpost.privacy.StaffAudit;

/**
 * Who may use the pilot's admin API and report: a member of staff signed in as a service owner or administrator
 * (the filter chain refuses everyone else before a controller is reached; this checks again and names the audit
 * actor), or, for automation, a caller with the operator token ({@code SIGNPOST_PILOT_OPERATOR_TOKEN}).
 */
@Component
class OperatorCheck {

    private final CurrentStaff staff;

    OperatorCheck(CurrentStaff staff) {
        this.staff = staff;
    }

    /** The audit actor for the caller, or {@link OperatorOnlyException}. */
    String require(HttpServletRequest request) {
        StaffMember member = staff.current()
                .filter(m -> m.has(StaffRole.SERVICE_OWNER) || m.has(StaffRole.ADMINISTRATOR))
                .orElseThrow(OperatorOnlyException::new);
        return OperatorTokenAuthentication.SUBJECT.equals(member.subject()) ? "operator" : StaffAudit.actor(member);
    }

    /** Only an operator may do this. Maps to 403. */
    static final class OperatorOnlyException extends SignpostException {
        OperatorOnlyException() {
            super("operator_only", "Only the service's operators can do this");
        }

        @Override
        public HttpStatus status() {
            return HttpStatus.FORBIDDEN;
        }
    }
}
