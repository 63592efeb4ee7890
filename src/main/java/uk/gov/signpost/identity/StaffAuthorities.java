package uk.gov.signpost.identity;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;

/**
 * Turns the roles claim of a staff ID token into {@code ROLE_*} authorities. Only {@link StaffRole} names count;
 * anything else the provider sends is dropped, so a department's provider cannot grant a role Signpost lacks.
 */
public final class StaffAuthorities {

    /** The client registration id of staff sign-in. */
    public static final String REGISTRATION = "staff";

    /** The roles claim when none is configured. */
    public static final String DEFAULT_ROLES_CLAIM = "roles";

    private final String rolesClaim;

    public StaffAuthorities(String rolesClaim) {
        this.rolesClaim = rolesClaim;
    }

    /** The authorities for the roles in an ID token (or, failing that, the user info). */
    public Set<GrantedAuthority> from(OidcIdToken idToken, @Nullable OidcUserInfo userInfo) {
        Set<GrantedAuthority> mapped = new HashSet<>();
        Object claim = idToken.getClaims().get(rolesClaim);
        if (claim == null && userInfo != null) {
            claim = userInfo.getClaims().get(rolesClaim);
        }
        for (String role : names(claim)) {
            String normalised = role.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            if (normalised.startsWith("ROLE_")) {
                normalised = normalised.substring(5);
            }
            for (StaffRole known : StaffRole.values()) {
                if (known.name().equals(normalised)) {
                    mapped.add(new SimpleGrantedAuthority(known.authority()));
                }
            }
        }
        return mapped;
    }

    private static List<String> names(@Nullable Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (claim instanceof String value) {
            return List.of(value.split("[ ,]+"));
        }
        return List.of();
    }
}
