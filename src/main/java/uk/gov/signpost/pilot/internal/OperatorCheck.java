package uk.gov.signpost.pilot.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import uk.gov.signpost.pilot.PilotProperties;
import uk.gov.signpost.platform.SignpostException;

/**
 * Who may use the pilot's admin API and report until staff sign-in exists: a caller with the operator token
 * ({@code SIGNPOST_PILOT_OPERATOR_TOKEN}) as a bearer token, or anyone when the {@code local} profile is on and no
 * token is set.
 */
@Component
class OperatorCheck {

    private final PilotProperties properties;
    private final boolean local;

    OperatorCheck(PilotProperties properties, Environment environment) {
        this.properties = properties;
        this.local = environment.acceptsProfiles(Profiles.of("local"));
    }

    /** The audit actor for the caller, or {@link OperatorOnlyException}. */
    String require(HttpServletRequest request) {
        String token = properties.operatorToken();
        if (token == null) {
            if (local) {
                return "operator";
            }
            throw new OperatorOnlyException();
        }
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new OperatorOnlyException();
        }
        byte[] given = header.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        byte[] expected = token.getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, expected)) {
            Arrays.fill(given, (byte) 0);
            throw new OperatorOnlyException();
        }
        return "operator";
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
