package uk.gov.signpost.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in through OpenID Connect: citizens through GOV.UK One Login (or the local identity provider), staff through a
 * department's provider (or the local one). See {@code docs/security.md} for every variable.
 *
 * @param localProvider run Spring Authorization Server in-process under {@code /idp}, with test users, and point
 *     both clients at it. For laptops and tests only ({@code SIGNPOST_LOCAL_IDENTITY_PROVIDER}).
 * @param clientPrivateKey the PEM (PKCS#8) RSA private key that signs the client assertion ({@code private_key_jwt});
 *     generated at start-up when the local provider is on and none is given
 * @param clientKeyId the key id ({@code kid}) registered with the provider for that key
 * @param citizen the citizens' provider, GOV.UK One Login in production
 * @param staff the staff provider
 */
@ConfigurationProperties("signpost.sign-in")
public record SignInProperties(boolean localProvider, @Nullable String clientPrivateKey, @Nullable String clientKeyId,
        @Nullable Provider citizen, @Nullable Provider staff) {

    public SignInProperties {
        citizen = citizen == null ? Provider.NONE : citizen;
        staff = staff == null ? Provider.NONE : staff;
    }

    /**
     * One OpenID Connect provider. Endpoints are given one by one, so start-up never calls discovery.
     *
     * @param clientId the client id registered with the provider; sign-in through it is off while this is empty
     * @param issuer the provider's issuer, checked against each ID token's {@code iss}; empty means not checked
     * @param vtr the vector of trust asked for (One Login: {@code ["Cl.Cm"]}); empty sends none
     * @param rolesClaim the ID token claim that lists a member of staff's roles
     */
    public record Provider(@Nullable String clientId, @Nullable String issuer, @Nullable String authorizationUri,
            @Nullable String tokenUri, @Nullable String jwkSetUri, @Nullable String userInfoUri,
            @Nullable String endSessionUri, @Nullable String scopes, @Nullable String vtr,
            @Nullable String rolesClaim) {

        static final Provider NONE = new Provider(null, null, null, null, null, null, null, null, null, null);

        public boolean configured() {
            return clientId != null && !clientId.isBlank();
        }
    }
}
