package uk.gov.signpost.identity;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A caller who presented the pilot's operator token ({@code SIGNPOST_PILOT_OPERATOR_TOKEN}) as a bearer token. It
 * stays for automation (scripts and the two-instance kill switch test); people sign in as staff instead. It holds
 * the {@link StaffRole#ADMINISTRATOR} role and nothing else, and works only on the pilot's admin API.
 */
public final class OperatorTokenAuthentication extends AbstractAuthenticationToken {

    /** The audit actor's id for the token. */
    public static final String SUBJECT = "operator";

    public OperatorTokenAuthentication() {
        super(List.of(new SimpleGrantedAuthority(StaffRole.ADMINISTRATOR.authority())));
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return SUBJECT;
    }
}
