package uk.gov.signpost.identity;

/**
 * What a member of staff may do. The identity provider sends these as roles; Spring Security sees each as the
 * authority {@code ROLE_} plus the name.
 */
public enum StaffRole {
    /** Works the handoff queue, replies to people, publishes availability. */
    CASEWORKER,
    /** Supervises caseworkers and the assistant: the queue, the dashboard and turn traces. */
    SUPERVISOR,
    /** Owns the service: pilot controls, the kill switch, the dashboard and evaluation reports. */
    SERVICE_OWNER,
    /** Reads the audit log, the dashboard and turn traces; changes nothing. */
    AUDITOR,
    /** Looks after the service's settings, including pilot controls and the kill switch. */
    ADMINISTRATOR;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
