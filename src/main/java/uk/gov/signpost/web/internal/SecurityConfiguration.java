package uk.gov.signpost.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.endpoint.NimbusJwtClientAuthenticationParametersConverter;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import uk.gov.signpost.identity.ClientKey;
import uk.gov.signpost.identity.OperatorTokenAuthentication;
import uk.gov.signpost.identity.SignInProperties;
import uk.gov.signpost.identity.StaffAuthorities;
import uk.gov.signpost.identity.OidcClients;
import uk.gov.signpost.identity.SessionProperties;
import uk.gov.signpost.pilot.PilotProperties;
import uk.gov.signpost.platform.RateLimitExceededException;
import uk.gov.signpost.platform.RateLimiter;
import uk.gov.signpost.web.RateLimitProperties;

/**
 * Who may open what, and the hardening every response gets (see {@code docs/security.md}). Deny by default: an
 * address is open only if a rule below (or {@link StaffAccess}) names it, so a new endpoint is refused until it is
 * added here and to the authorisation matrix.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Citizen pages: open to anonymous people; each controller checks that the conversation or fact is theirs. */
    static final String[] CITIZEN_PAGES = {"/", "/conversations", "/conversations/**", "/memory", "/memory/**",
        "/your-data", "/your-data/**", "/resume", "/pilot/join", "/handoff", "/accessibility", "/jobs", "/training",
        "/calculators/**", "/check-benefits-financial-support", "/check-benefits-financial-support/**",
        "/appointments", "/appointments/**"};

    static final String[] STATIC = {"/css/**", "/js/**", "/assets/**", "/webjars/**", "/favicon.ico"};

    @Bean
    @Order(2)
    SecurityFilterChain application(HttpSecurity http, OidcClients clients, ClientKey clientKey, SignInEvents events,
            SignInProperties signIn, SessionProperties sessions, PilotProperties pilot, LocaleResolver locales,
            RateLimiter rateLimiter, RateLimitProperties limits) throws Exception {
        http.authorizeHttpRequests(authorize -> {
            for (StaffAccess access : StaffAccess.values()) {
                authorize.requestMatchers(access.patterns.toArray(String[]::new)).hasAnyRole(access.authorities());
            }
            authorize.requestMatchers("/staff/signed-out").permitAll()
                    .requestMatchers("/staff").hasAnyRole(StaffAccess.anyStaffRole())
                    .requestMatchers("/staff/**", "/api/v1/staff/**").denyAll()
                    .requestMatchers(HttpMethod.GET, STATIC).permitAll()
                    .requestMatchers("/error").permitAll()
                    .requestMatchers(CITIZEN_PAGES).permitAll()
                    .requestMatchers("/api/v1/**").permitAll()
                    .requestMatchers("/mcp", "/mcp/**").permitAll()
                    .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/**").permitAll()
                    .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info",
                            "/actuator/prometheus").permitAll()
                    .requestMatchers("/actuator/**").hasRole("ADMINISTRATOR")
                    .requestMatchers("/oauth2/authorization/*", "/login/oauth2/code/*", "/sign-out").permitAll()
                    .anyRequest().denyAll();
        });
        http.oauth2Login(login -> login
                .clientRegistrationRepository(clients)
                .loginPage("/oauth2/authorization/" + uk.gov.signpost.identity.CitizenAccounts.REGISTRATION)
                .authorizationEndpoint(endpoint -> endpoint
                        .authorizationRequestResolver(new OneLoginAuthorizationRequests(clients, signIn, locales)))
                .tokenEndpoint(token -> token.accessTokenResponseClient(tokenClient(clientKey)))
                .userInfoEndpoint(info -> info.oidcUserService(new SignedInUsers(signIn)))
                .successHandler(events)
                .failureHandler((request, response, exception) -> response.sendRedirect(
                        request.getRequestURI().endsWith("/" + StaffAuthorities.REGISTRATION)
                                ? "/staff/signed-out" : "/")));
        http.logout(logout -> logout
                .logoutRequestMatcher(new OrRequestMatcher(
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/sign-out"),
                        PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/staff/sign-out")))
                .addLogoutHandler(events)
                .logoutSuccessHandler(afterSignOut(clients)));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        csrfTokens.setCookieCustomizer(cookie -> cookie.secure(sessions.cookieSecure()).sameSite("Strict").httpOnly(true));
        http.csrf(csrf -> csrf
                .csrfTokenRepository(csrfTokens)
                .csrfTokenRequestHandler(new FormOrHeaderCsrfTokens())
                .ignoringRequestMatchers(SecurityConfiguration::csrfExempt));
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(signIn)))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                        .maxAgeInSeconds(Duration.ofDays(365).toSeconds())
                        .requestMatcher(AnyRequestMatcher.INSTANCE))
                .referrerPolicy(referrer -> referrer.policy(
                        ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        http.exceptionHandling(exceptions -> exceptions
                .authenticationEntryPoint(new Refusals(clients)::commence)
                .accessDeniedHandler(new Refusals(clients)::handle));
        http.addFilterBefore(new OperatorTokenFilter(pilot), BasicAuthenticationFilter.class);
        http.addFilterBefore(new SignInStartLimit(rateLimiter, limits), BasicAuthenticationFilter.class);
        return http.build();
    }

    /** Form posts carry the masked token in {@code _csrf}; scripts and tests may send it raw in a header. */
    static boolean csrfExempt(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.equals("/mcp") || path.startsWith("/mcp/")) {
            return true;
        }
        if (path.startsWith("/api/")) {
            // A bearer token is not sent by the browser on its own, and a request without cookies carries no
            // ambient authority to forge.
            String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
            return (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7))
                    || request.getCookies() == null || request.getCookies().length == 0;
        }
        return false;
    }

    private static RestClientAuthorizationCodeTokenResponseClient tokenClient(ClientKey clientKey) {
        RestClientAuthorizationCodeTokenResponseClient client = new RestClientAuthorizationCodeTokenResponseClient();
        client.addParametersConverter(new NimbusJwtClientAuthenticationParametersConverter<>(registration ->
                ClientAuthenticationMethod.PRIVATE_KEY_JWT.equals(registration.getClientAuthenticationMethod())
                        ? clientKey.signing() : null));
        return client;
    }

    /** RP-initiated logout at the provider that signed the person in, then back to the right page. */
    private static LogoutSuccessHandler afterSignOut(OidcClients clients) {
        OidcClientInitiatedLogoutSuccessHandler citizens = new OidcClientInitiatedLogoutSuccessHandler(clients);
        citizens.setPostLogoutRedirectUri("{baseUrl}/");
        citizens.setDefaultTargetUrl("/");
        OidcClientInitiatedLogoutSuccessHandler staff = new OidcClientInitiatedLogoutSuccessHandler(clients);
        staff.setPostLogoutRedirectUri("{baseUrl}/staff/signed-out");
        staff.setDefaultTargetUrl("/staff/signed-out");
        return (request, response, authentication) -> {
            boolean isStaff = authentication instanceof org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken token
                    && StaffAuthorities.REGISTRATION.equals(token.getAuthorizedClientRegistrationId());
            (isStaff ? staff : citizens).onLogoutSuccess(request, response, authentication);
        };
    }

    /**
     * No inline script or style anywhere; forms may post only here, or to the identity providers (a sign-out
     * posts here and is redirected to the provider's end-session endpoint).
     */
    static String contentSecurityPolicy(SignInProperties signIn) {
        Set<String> formTargets = new LinkedHashSet<>();
        formTargets.add("'self'");
        for (SignInProperties.Provider provider : new SignInProperties.Provider[] {signIn.citizen(), signIn.staff()}) {
            for (String uri : new String[] {provider.authorizationUri(), provider.endSessionUri()}) {
                origin(uri).ifPresent(formTargets::add);
            }
        }
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self';"
                + " connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none';"
                + " form-action " + String.join(" ", formTargets);
    }

    private static java.util.Optional<String> origin(@org.jspecify.annotations.Nullable String uri) {
        if (uri == null || uri.isBlank()) {
            return java.util.Optional.empty();
        }
        URI parsed = URI.create(uri);
        if (parsed.getScheme() == null || parsed.getHost() == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(parsed.getScheme() + "://" + parsed.getHost()
                + (parsed.getPort() > 0 ? ":" + parsed.getPort() : ""));
    }

    /**
     * The pilot's operator token, for automation only: on the pilot's admin API and report, a bearer token equal
     * to {@code SIGNPOST_PILOT_OPERATOR_TOKEN} stands for an administrator.
     */
    static final class OperatorTokenFilter extends OncePerRequestFilter {

        private final PilotProperties pilot;

        OperatorTokenFilter(PilotProperties pilot) {
            this.pilot = pilot;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = request.getRequestURI();
            return !(path.startsWith("/api/v1/pilot/") || path.equals("/pilot/comparison"));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String token = pilot.operatorToken();
            String header = request.getHeader(HttpHeaders.AUTHORIZATION);
            if (token != null && !token.isBlank() && header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                    && MessageDigest.isEqual(header.substring(7).trim().getBytes(StandardCharsets.UTF_8),
                            token.getBytes(StandardCharsets.UTF_8))) {
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(new OperatorTokenAuthentication());
                SecurityContextHolder.setContext(context);
                try {
                    chain.doFilter(request, response);
                } finally {
                    SecurityContextHolder.clearContext();
                }
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /** New sign-ins one address may start in a minute, so the provider cannot be flooded through us. */
    static final class SignInStartLimit extends OncePerRequestFilter {

        private final RateLimiter rateLimiter;
        private final RateLimitProperties limits;

        SignInStartLimit(RateLimiter rateLimiter, RateLimitProperties limits) {
            this.rateLimiter = rateLimiter;
            this.limits = limits;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !request.getRequestURI().startsWith("/oauth2/authorization/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                rateLimiter.acquire("sign-in:" + request.getRemoteAddr(), limits.sessionsPerMinutePerAddress(),
                        Duration.ofMinutes(1));
            } catch (RateLimitExceededException e) {
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, e.retryAfter().toSeconds())));
                response.sendError(429);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
