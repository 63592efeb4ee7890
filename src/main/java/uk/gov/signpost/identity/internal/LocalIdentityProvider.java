package uk.gov.signpost.identity.internal;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.authentication.JwtClientAssertionAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.JwtClientAssertionDecoderFactory;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import uk.gov.signpost.identity.CitizenAccounts;
import uk.gov.signpost.identity.ClientKey;
import uk.gov.signpost.identity.OidcClients;
import uk.gov.signpost.identity.SignInProperties;
import uk.gov.signpost.identity.StaffAuthorities;
import uk.gov.signpost.identity.StaffRole;
import uk.gov.signpost.platform.RateLimiter;

/**
 * A real OpenID Connect provider for laptops and tests: Spring Authorization Server, in-process under {@code /idp},
 * with its own filter chain, a login form and test users (listed in {@code docs/security.md}). It is on only with
 * {@code SIGNPOST_LOCAL_IDENTITY_PROVIDER=true} (the {@code local} profile and the tests), never in production.
 *
 * <p>It checks what One Login checks: PKCE on every authorisation request, a client assertion signed with the
 * client's registered key ({@code private_key_jwt}), exact redirect and post-logout URIs. Its own sign-in lives
 * under a separate session attribute, so signing in to the provider never signs anyone in to Signpost.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("signpost.sign-in.local-provider")
class LocalIdentityProvider {

    static final String CITIZEN_CLIENT = OidcClients.LOCAL_CITIZEN_CLIENT;
    static final String STAFF_CLIENT = OidcClients.LOCAL_STAFF_CLIENT;
    /** Every test user's password. Local only: the provider does not run in production. */
    static final String TEST_PASSWORD = "local-test-password";

    /** Test citizens: username, display name. */
    static final Map<String, String> CITIZENS = Map.of("alice", "Alice", "bob", "Bob", "carol", "Carol");

    /**
     * Named test caseworkers, for tests that need two different caseworkers or a name the person sees on replies:
     * username, display name.
     */
    static final Map<String, String> CASEWORKERS = Map.of("caseworker-sam", "Sam Adviser", "caseworker-alex",
            "Alex Jones");

    /** Test staff: one per role, the username is the role in lower case with dashes. */
    static String staffUsername(StaffRole role) {
        return role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Bean
    @Order(1)
    SecurityFilterChain identityProviderChain(HttpSecurity http, LocalClients clients, ClientKey clientKey,
            RateLimiter rateLimiter,
            @org.springframework.beans.factory.annotation.Value("${signpost.sign-in.attempts-per-minute:"
                    + SignInAttemptLimit.PER_MINUTE + "}") int attemptsPerMinute) throws Exception {
        HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
        contexts.setSpringSecurityContextKey("SIGNPOST_IDP_SECURITY_CONTEXT");
        HttpSessionRequestCache requests = new HttpSessionRequestCache();
        requests.setSessionAttrName("SIGNPOST_IDP_SAVED_REQUEST");
        http.securityMatcher("/idp/**", "/.well-known/openid-configuration", "/.well-known/oauth-authorization-server")
                .oauth2AuthorizationServer(server -> server
                        .registeredClientRepository(clients)
                        .clientAuthentication(authentication -> authentication.authenticationProviders(providers ->
                                providers.forEach(provider -> {
                                    if (provider instanceof JwtClientAssertionAuthenticationProvider assertions) {
                                        assertions.setJwtDecoderFactory(client -> {
                                            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(clientKey.publicKey())
                                                    .signatureAlgorithm(SignatureAlgorithm.RS256)
                                                    .build();
                                            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                                                    JwtClientAssertionDecoderFactory.DEFAULT_JWT_VALIDATOR_FACTORY.apply(client)));
                                            return decoder;
                                        });
                                    }
                                })))
                        .oidc(Customizer.withDefaults()))
                .securityContext(context -> context.securityContextRepository(contexts))
                .requestCache(cache -> cache.requestCache(requests))
                .userDetailsService(users())
                .authorizeHttpRequests(authorize -> authorize
                        .requestMatchers("/idp/login", "/idp/login/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/idp/login").loginProcessingUrl("/idp/login")
                        .failureUrl("/idp/login?error"))
                .addFilterBefore(new SignInAttemptLimit(rateLimiter, attemptsPerMinute),
                        org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/idp/login")));
        return http.build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder()
                .authorizationEndpoint("/idp/oauth2/authorize")
                .tokenEndpoint("/idp/oauth2/token")
                .jwkSetEndpoint("/idp/oauth2/jwks")
                .tokenRevocationEndpoint("/idp/oauth2/revoke")
                .tokenIntrospectionEndpoint("/idp/oauth2/introspect")
                .oidcUserInfoEndpoint("/idp/userinfo")
                .oidcLogoutEndpoint("/idp/connect/logout")
                .oidcClientRegistrationEndpoint("/idp/connect/register")
                .pushedAuthorizationRequestEndpoint("/idp/oauth2/par")
                .deviceAuthorizationEndpoint("/idp/oauth2/device_authorization")
                .deviceVerificationEndpoint("/idp/oauth2/device_verification")
                .build();
    }

    @Bean
    JWKSource<SecurityContext> identityProviderKeys() throws com.nimbusds.jose.JOSEException {
        RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).keyUse(KeyUse.SIGNATURE).generate();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** Staff ID tokens carry their roles and name; citizens' carry neither, as One Login's do not. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> identityProviderClaims(SignInProperties properties) {
        String rolesClaim = properties.staff().rolesClaim() == null || properties.staff().rolesClaim().isBlank()
                ? StaffAuthorities.DEFAULT_ROLES_CLAIM : properties.staff().rolesClaim();
        return context -> {
            if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())
                    || !STAFF_CLIENT.equals(context.getRegisteredClient().getClientId())) {
                return;
            }
            List<String> roles = new ArrayList<>();
            for (GrantedAuthority authority : context.getPrincipal().getAuthorities()) {
                String name = authority.getAuthority();
                if (name != null && name.startsWith("ROLE_")) {
                    roles.add(name.substring(5));
                }
            }
            context.getClaims().claim(rolesClaim, roles);
            context.getClaims().claim("name", displayName(context.getPrincipal().getName()));
        };
    }

    @Bean
    LocalClients localClients() {
        return new LocalClients();
    }

    private static InMemoryUserDetailsManager users() {
        List<UserDetails> users = new ArrayList<>();
        CITIZENS.keySet().forEach(name -> users.add(User.withUsername(name).password("{noop}" + TEST_PASSWORD)
                .roles("CITIZEN").build()));
        for (StaffRole role : StaffRole.values()) {
            users.add(User.withUsername(staffUsername(role)).password("{noop}" + TEST_PASSWORD)
                    .roles(role.name()).build());
        }
        CASEWORKERS.keySet().forEach(name -> users.add(User.withUsername(name).password("{noop}" + TEST_PASSWORD)
                .roles(StaffRole.CASEWORKER.name()).build()));
        return new InMemoryUserDetailsManager(users);
    }

    private static String displayName(String username) {
        if (CASEWORKERS.containsKey(username)) {
            return CASEWORKERS.get(username);
        }
        String name = username.replace('-', ' ');
        return "Test " + name;
    }

    /**
     * The two registered clients. Their redirect and post-logout addresses need this instance's port, known only
     * once the server has started, so they are made on first use.
     */
    static final class LocalClients implements RegisteredClientRepository,
            org.springframework.context.ApplicationListener<org.springframework.boot.web.server.context.WebServerInitializedEvent> {

        private volatile int port = 8080;
        private volatile @org.jspecify.annotations.Nullable Map<String, RegisteredClient> clients;

        @Override
        public void onApplicationEvent(org.springframework.boot.web.server.context.WebServerInitializedEvent event) {
            if (event.getApplicationContext().getServerNamespace() == null) {
                port = event.getWebServer().getPort();
                clients = null;
            }
        }

        @Override
        public void save(RegisteredClient registeredClient) {
            throw new UnsupportedOperationException("The local provider's clients are fixed");
        }

        @Override
        public @org.jspecify.annotations.Nullable RegisteredClient findById(String id) {
            return all().get(id);
        }

        @Override
        public @org.jspecify.annotations.Nullable RegisteredClient findByClientId(String clientId) {
            return all().get(clientId);
        }

        private Map<String, RegisteredClient> all() {
            Map<String, RegisteredClient> built = clients;
            if (built == null) {
                built = Map.of(CITIZEN_CLIENT, client(CITIZEN_CLIENT, CitizenAccounts.REGISTRATION, "/"),
                        STAFF_CLIENT, client(STAFF_CLIENT, StaffAuthorities.REGISTRATION, "/staff/signed-out"));
                clients = built;
            }
            return built;
        }

        private RegisteredClient client(String clientId, String registration, String afterLogout) {
            return RegisteredClient.withId(clientId)
                    .clientId(clientId)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    // A loopback address: the provider accepts it on any port (RFC 8252), and refuses "localhost".
                    .redirectUri("http://127.0.0.1:" + port + "/login/oauth2/code/" + registration)
                    .postLogoutRedirectUri("http://127.0.0.1:" + port + afterLogout)
                    .postLogoutRedirectUri("http://localhost:" + port + afterLogout)
                    .scope(OidcScopes.OPENID)
                    .clientSettings(ClientSettings.builder()
                            .requireProofKey(true)
                            .requireAuthorizationConsent(false)
                            .tokenEndpointAuthenticationSigningAlgorithm(SignatureAlgorithm.RS256)
                            .build())
                    .build();
        }
    }
}
