package uk.gov.signpost.support;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.gov.signpost.identity.CurrentStaff;
import uk.gov.signpost.identity.StaffMember;
import uk.gov.signpost.identity.StaffRole;

/**
 * A stand-in for staff sign-in in tests, until the security branch's {@code StaffSignIn} is merged: the member of
 * staff comes from the {@code X-Test-Staff} header or the {@code test_staff} cookie, as
 * {@code subject|Display name|ROLE,ROLE}. Test code only; nothing in {@code src/main} reads these.
 */
public final class TestStaff {

    public static final String HEADER = "X-Test-Staff";
    public static final String COOKIE = "test_staff";

    private TestStaff() {}

    /** The header or cookie value for a member of staff. */
    public static String as(String subject, String displayName, StaffRole... roles) {
        return subject + "|" + displayName + "|"
                + Arrays.stream(roles).map(Enum::name).collect(Collectors.joining(","));
    }

    /** The same, encoded for a cookie. */
    public static String cookieValue(String subject, String displayName, StaffRole... roles) {
        return URLEncoder.encode(as(subject, displayName, roles), StandardCharsets.UTF_8);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        CurrentStaff testCurrentStaff() {
            return () -> {
                if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
                    return Optional.empty();
                }
                HttpServletRequest request = attributes.getRequest();
                String value = request.getHeader(HEADER);
                if (value == null && request.getCookies() != null) {
                    value = Arrays.stream(request.getCookies()).filter(c -> c.getName().equals(COOKIE))
                            .map(Cookie::getValue).map(v -> URLDecoder.decode(v, StandardCharsets.UTF_8))
                            .findFirst().orElse(null);
                }
                if (value == null) {
                    return Optional.empty();
                }
                String[] parts = value.split("\\|", -1);
                return Optional.of(new StaffMember(parts[0], parts[1], Arrays.stream(parts[2].split(","))
                        .filter(s -> !s.isBlank()).map(StaffRole::valueOf).collect(Collectors.toSet())));
            };
        }
    }
}
