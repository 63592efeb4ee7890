package uk.gov.signpost.web.internal;

import java.util.HashSet;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.gov.signpost.identity.SignInProperties;
import uk.gov.signpost.identity.StaffAuthorities;

/**
 * The authorities of whoever signed in: staff get {@code ROLE_*} for each role in their ID token's roles claim;
 * citizens get {@code ROLE_CITIZEN} and nothing else, whatever their token says.
 */
final class SignedInUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcUserService delegate = new OidcUserService();
    private final StaffAuthorities staff;

    SignedInUsers(SignInProperties properties) {
        String claim = properties.staff().rolesClaim();
        this.staff = new StaffAuthorities(claim == null || claim.isBlank() ? StaffAuthorities.DEFAULT_ROLES_CLAIM : claim);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser user = delegate.loadUser(request);
        Set<GrantedAuthority> authorities = new HashSet<>();
        authorities.add(new SimpleGrantedAuthority("SIGNED_IN"));
        if (StaffAuthorities.REGISTRATION.equals(request.getClientRegistration().getRegistrationId())) {
            authorities.addAll(staff.from(user.getIdToken(), user.getUserInfo()));
        } else {
            authorities.add(new SimpleGrantedAuthority("ROLE_CITIZEN"));
        }
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), IdTokenClaimNames.SUB);
    }
}
