package uk.gov.signpost.identity.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import uk.gov.signpost.identity.CurrentStaff;
import uk.gov.signpost.identity.OperatorTokenAuthentication;
import uk.gov.signpost.identity.StaffAuthorities;
import uk.gov.signpost.identity.StaffMember;
import uk.gov.signpost.identity.StaffRole;

/** The member of staff in Spring Security's context: signed in through the staff client, or an operator token. */
@Component
class StaffFromSecurityContext implements CurrentStaff {

    @Override
    public Optional<StaffMember> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Optional.empty();
        }
        if (authentication instanceof OAuth2AuthenticationToken token
                && StaffAuthorities.REGISTRATION.equals(token.getAuthorizedClientRegistrationId())
                && token.getPrincipal() instanceof OidcUser user) {
            String name = user.getFullName() != null ? user.getFullName() : user.getSubject();
            return Optional.of(new StaffMember(user.getSubject(), name, roles(authentication)));
        }
        if (authentication instanceof OperatorTokenAuthentication) {
            return Optional.of(new StaffMember(OperatorTokenAuthentication.SUBJECT, "Operator (token)",
                    roles(authentication)));
        }
        return Optional.empty();
    }

    private static Set<StaffRole> roles(Authentication authentication) {
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (StaffRole role : StaffRole.values()) {
                if (role.authority().equals(authority.getAuthority())) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
