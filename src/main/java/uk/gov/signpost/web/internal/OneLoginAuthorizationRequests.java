package uk.gov.signpost.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;
import uk.gov.signpost.identity.CitizenAccounts;
import uk.gov.signpost.identity.SignInProperties;

/**
 * Authorisation requests as GOV.UK One Login expects them: PKCE ({@code code_challenge}, S256) on every request,
 * {@code nonce} and {@code state} (Spring Security's own), {@code ui_locales} in the page's language ({@code cy} or
 * {@code en}), and for citizens the vector of trust {@code vtr} (by default {@code ["Cl.Cm"]}).
 */
final class OneLoginAuthorizationRequests implements OAuth2AuthorizationRequestResolver {

    private final DefaultOAuth2AuthorizationRequestResolver delegate;
    private final SignInProperties properties;
    private final LocaleResolver locales;

    OneLoginAuthorizationRequests(ClientRegistrationRepository clients, SignInProperties properties,
            LocaleResolver locales) {
        this.delegate = new DefaultOAuth2AuthorizationRequestResolver(clients, "/oauth2/authorization");
        this.properties = properties;
        this.locales = locales;
        delegate.setAuthorizationRequestCustomizer(this::customise);
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return delegate.resolve(request);
    }

    @Override
    public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return delegate.resolve(request, clientRegistrationId);
    }

    private void customise(OAuth2AuthorizationRequest.Builder builder) {
        OAuth2AuthorizationRequestCustomizers.withPkce().accept(builder);
        String[] registration = new String[1];
        builder.attributes(attributes -> registration[0] = (String) attributes.get(OAuth2ParameterNames.REGISTRATION_ID));
        String language = currentRequest().map(request -> language(locales.resolveLocale(request))).orElse("en");
        builder.additionalParameters(parameters -> {
            parameters.put("ui_locales", language);
            String vtr = properties.citizen().vtr();
            if (CitizenAccounts.REGISTRATION.equals(registration[0]) && vtr != null && !vtr.isBlank()) {
                parameters.put("vtr", vtr);
            }
        });
    }

    private static java.util.Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? java.util.Optional.of(attributes.getRequest()) : java.util.Optional.empty();
    }

    static String language(Locale locale) {
        return "cy".equals(locale.getLanguage()) ? "cy" : "en";
    }
}
