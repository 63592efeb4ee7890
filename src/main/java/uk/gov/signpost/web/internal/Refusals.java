package uk.gov.signpost.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.csrf.CsrfException;
import uk.gov.signpost.identity.OidcClients;
import uk.gov.signpost.identity.StaffAuthorities;

/**
 * How a refused request is answered, in the one error style. Staff pages send someone not signed in to staff
 * sign-in; the API answers problem details ({@code sign_in_required}, {@code forbidden}, {@code csrf_refused}, and
 * {@code operator_only} on the pilot's admin API, as before); any other address that no rule opens is a 404, so
 * refusing it says nothing about what is there.
 */
final class Refusals {

    private final OidcClients clients;

    Refusals(OidcClients clients) {
        this.clients = clients;
    }

    void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String path = request.getRequestURI();
        if (path.startsWith("/api/v1/pilot/")) {
            problem(response, HttpStatus.FORBIDDEN, "operator_only", "Only the service's operators can do this");
        } else if (path.startsWith("/api/")) {
            problem(response, HttpStatus.UNAUTHORIZED, "sign_in_required",
                    "Sign in as a member of staff whose role may do this");
        } else if (staffPage(path) && clients.staffSignInOn()) {
            response.sendRedirect("/oauth2/authorization/" + StaffAuthorities.REGISTRATION);
        } else if (ErrorAdvice.wantsProblemJson(request)) {
            problem(response, HttpStatus.NOT_FOUND, "not_found", "There is nothing at this address");
        } else {
            response.sendError(HttpStatus.NOT_FOUND.value());
        }
    }

    void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        String path = request.getRequestURI();
        if (e instanceof CsrfException) {
            if (ErrorAdvice.wantsProblemJson(request)) {
                problem(response, HttpStatus.FORBIDDEN, "csrf_refused",
                        "This form had expired or did not come from Signpost. Go back, reload the page and try again");
            } else {
                response.sendError(HttpStatus.FORBIDDEN.value());
            }
        } else if (path.startsWith("/api/v1/pilot/")) {
            problem(response, HttpStatus.FORBIDDEN, "operator_only", "Only the service's operators can do this");
        } else if (path.startsWith("/api/")) {
            problem(response, HttpStatus.FORBIDDEN, "forbidden", "Your role does not allow this");
        } else if (staffPage(path) && !signedInAsStaff() && clients.staffSignInOn()) {
            // A citizen signed in on this browser who opens a staff page: offer staff sign-in, as to anyone else.
            response.sendRedirect("/oauth2/authorization/" + StaffAuthorities.REGISTRATION);
        } else if (staffPage(path)) {
            response.sendError(HttpStatus.FORBIDDEN.value());
        } else {
            response.sendError(HttpStatus.NOT_FOUND.value());
        }
    }

    private static boolean signedInAsStaff() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken token
                && StaffAuthorities.REGISTRATION.equals(token.getAuthorizedClientRegistrationId());
    }

    private static boolean staffPage(String path) {
        return path.equals("/staff") || path.startsWith("/staff/") || path.equals("/pilot/comparison");
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String code, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"https://signpost.service.gov.uk/problems/" + code.replace('_', '-')
                + "\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail.replace("\"", "'") + "\",\"code\":\"" + code + "\"}");
    }
}
