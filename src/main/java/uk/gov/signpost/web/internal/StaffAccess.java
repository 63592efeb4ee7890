package uk.gov.signpost.web.internal;

import static uk.gov.signpost.identity.StaffRole.ADMINISTRATOR;
import static uk.gov.signpost.identity.StaffRole.AUDITOR;
import static uk.gov.signpost.identity.StaffRole.CASEWORKER;
import static uk.gov.signpost.identity.StaffRole.SERVICE_OWNER;
import static uk.gov.signpost.identity.StaffRole.SUPERVISOR;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.gov.signpost.identity.StaffRole;

/**
 * Which staff roles open which addresses: the one place both the filter chain and the staff landing page read, so a
 * link is shown exactly when following it is allowed. Addresses not listed here or in {@link SecurityConfiguration}
 * are refused.
 */
enum StaffAccess {
    HANDOFFS("handoffs", "/staff/handoffs", List.of("/staff/handoffs", "/staff/handoffs/**", "/api/v1/staff/handoffs",
            "/api/v1/staff/handoffs/**"), EnumSet.of(CASEWORKER, SUPERVISOR)),
    AVAILABILITY("availability", "/staff/availability", List.of("/staff/availability", "/staff/availability/**",
            "/api/v1/staff/availability", "/api/v1/staff/availability/**"), EnumSet.of(CASEWORKER, SUPERVISOR)),
    DASHBOARD("dashboard", "/staff/dashboard", List.of("/staff/dashboard", "/staff/dashboard/**"),
            EnumSet.of(SUPERVISOR, SERVICE_OWNER, AUDITOR)),
    TRACES("traces", "/staff/traces", List.of("/staff/traces", "/staff/traces/**"),
            EnumSet.of(SUPERVISOR, SERVICE_OWNER, AUDITOR)),
    EVALUATION("evaluation", "/staff/evaluation", List.of("/staff/evaluation", "/staff/evaluation/**"),
            EnumSet.of(SUPERVISOR, SERVICE_OWNER, AUDITOR)),
    PILOT("pilot", "/staff/pilot", List.of("/staff/pilot", "/staff/pilot/**", "/api/v1/pilot/**"),
            EnumSet.of(SERVICE_OWNER, ADMINISTRATOR)),
    COMPARISON("comparison", "/pilot/comparison", List.of("/pilot/comparison"), EnumSet.of(SERVICE_OWNER, ADMINISTRATOR)),
    AUDIT("audit", "/staff/audit", List.of("/staff/audit", "/staff/audit/**"), EnumSet.of(AUDITOR, ADMINISTRATOR));

    final String key;
    final String href;
    final List<String> patterns;
    final Set<StaffRole> roles;

    StaffAccess(String key, String href, List<String> patterns, Set<StaffRole> roles) {
        this.key = key;
        this.href = href;
        this.patterns = patterns;
        this.roles = roles;
    }

    String[] authorities() {
        return roles.stream().map(StaffRole::name).toArray(String[]::new);
    }

    /** What someone with these roles may open, in the order above. */
    static List<StaffAccess> openTo(Set<StaffRole> held) {
        List<StaffAccess> open = new ArrayList<>();
        for (StaffAccess access : values()) {
            if (access.roles.stream().anyMatch(held::contains)) {
                open.add(access);
            }
        }
        return open;
    }

    /** Every staff role's name, for pages any member of staff may open. */
    static String[] anyStaffRole() {
        return java.util.Arrays.stream(StaffRole.values()).map(StaffRole::name).toArray(String[]::new);
    }
}
