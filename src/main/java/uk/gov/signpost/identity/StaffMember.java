package uk.gov.signpost.identity;

import java.util.Set;

/**
 * A signed-in member of staff.
 *
 * @param subject the identity provider's stable id for them; audit entries name this, never their email
 * @param displayName the name people see on replies, for example "Sam (adviser)"
 * @param roles what they may do
 */
public record StaffMember(String subject, String displayName, Set<StaffRole> roles) {

    public StaffMember {
        roles = Set.copyOf(roles);
    }

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }
}
