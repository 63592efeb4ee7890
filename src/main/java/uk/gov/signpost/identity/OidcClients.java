package uk.gov.signpost.identity;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.stereotype.Component;

/**
 * The two OpenID Connect clients, citizen and staff, with their endpoints given explicitly so that start-up never
 * calls discovery. With the local provider on, both point at this same application under {@code /idp}: the
 * browser-facing endpoints as paths (the browser stays on the host it is on), the back-channel ones at this
 * instance's own port, which is known only once the web server has started.
 */
@Component
public class OidcClients implements ClientRegistrationRepository, Iterable<ClientRegistration>,
        ApplicationListener<WebServerInitializedEvent> {

    /** The local provider's client ids. */
    public static final String LOCAL_CITIZEN_CLIENT = "signpost-citizen";
    public static final String LOCAL_STAFF_CLIENT = "signpost-staff";

    private final SignInProperties properties;
    private volatile int port = -1;
    private volatile @Nullable Map<String, ClientRegistration> registrations;

    OidcClients(SignInProperties properties) {
        this.properties = properties;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            this.port = event.getWebServer().getPort();
            this.registrations = null;
        }
    }

    /** Whether citizens can sign in at all. */
    public boolean citizenSignInOn() {
        return properties.localProvider() || properties.citizen().configured();
    }

    /** Whether staff can sign in at all. */
    public boolean staffSignInOn() {
        return properties.localProvider() || properties.staff().configured();
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        return all().get(registrationId);
    }

    @Override
    public Iterator<ClientRegistration> iterator() {
        return all().values().iterator();
    }

    private Map<String, ClientRegistration> all() {
        Map<String, ClientRegistration> built = registrations;
        if (built == null) {
            built = new LinkedHashMap<>();
            if (properties.localProvider()) {
                String base = "http://localhost:" + port + "/idp";
                built.put(CitizenAccounts.REGISTRATION, local(CitizenAccounts.REGISTRATION, base,
                        properties.citizen().scopes(), LOCAL_CITIZEN_CLIENT));
                built.put(StaffAuthorities.REGISTRATION, local(StaffAuthorities.REGISTRATION, base,
                        properties.staff().scopes(), LOCAL_STAFF_CLIENT));
            } else {
                if (properties.citizen().configured()) {
                    built.put(CitizenAccounts.REGISTRATION, remote(CitizenAccounts.REGISTRATION, properties.citizen()));
                }
                if (properties.staff().configured()) {
                    built.put(StaffAuthorities.REGISTRATION, remote(StaffAuthorities.REGISTRATION, properties.staff()));
                }
            }
            if (port > 0 || !properties.localProvider()) {
                registrations = built;
            }
        }
        return built;
    }

    private static ClientRegistration local(String id, String base, @Nullable String scopes, String clientId) {
        return builder(id, clientId, scopes)
                .authorizationUri("/idp/oauth2/authorize")
                .tokenUri(base + "/oauth2/token")
                .jwkSetUri(base + "/oauth2/jwks")
                .providerConfigurationMetadata(Map.of("end_session_endpoint", "/idp/connect/logout"))
                .build();
    }

    private static ClientRegistration remote(String id, SignInProperties.Provider provider) {
        ClientRegistration.Builder builder = builder(id, provider.clientId(), provider.scopes())
                .authorizationUri(provider.authorizationUri())
                .tokenUri(provider.tokenUri())
                .jwkSetUri(provider.jwkSetUri());
        if (provider.userInfoUri() != null && !provider.userInfoUri().isBlank()) {
            builder.userInfoUri(provider.userInfoUri());
        }
        if (provider.issuer() != null && !provider.issuer().isBlank()) {
            builder.issuerUri(provider.issuer());
        }
        if (provider.endSessionUri() != null && !provider.endSessionUri().isBlank()) {
            builder.providerConfigurationMetadata(Map.of("end_session_endpoint", provider.endSessionUri()));
        }
        return builder.build();
    }

    private static ClientRegistration.Builder builder(String id, @Nullable String clientId, @Nullable String scopes) {
        Set<String> scopeSet = scopes == null || scopes.isBlank() ? Set.of("openid")
                : Arrays.stream(scopes.split("[ ,]+")).filter(s -> !s.isBlank()).collect(Collectors.toSet());
        return ClientRegistration.withRegistrationId(id)
                .clientId(clientId)
                .clientName(id)
                .clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(scopeSet)
                .userNameAttributeName(IdTokenClaimNames.SUB);
    }
}
