package uk.gov.signpost.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * The key Signpost signs its client assertions with ({@code private_key_jwt}): from {@code SIGNPOST_OIDC_CLIENT_PRIVATE_KEY}
 * when set, generated at start-up otherwise. A generated key is fine for the local provider, which reads the
 * public half from here; a real provider must be given the public half of a configured key.
 */
@Component
public class ClientKey {

    private final RSAKey key;

    ClientKey(SignInProperties properties) {
        String kid = properties.clientKeyId() == null || properties.clientKeyId().isBlank()
                ? "signpost-client" : properties.clientKeyId();
        String pem = properties.clientPrivateKey();
        try {
            this.key = pem == null || pem.isBlank()
                    ? new RSAKeyGenerator(2048).keyID(kid).keyUse(KeyUse.SIGNATURE).generate()
                    : fromPem(pem, kid);
        } catch (JOSEException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException("SIGNPOST_OIDC_CLIENT_PRIVATE_KEY is not a PKCS#8 RSA private key", e);
        }
    }

    /** The key pair, private half included: only the client side may use this. */
    public RSAKey signing() {
        return key;
    }

    /** The public half, as a provider holds it. */
    public RSAPublicKey publicKey() {
        try {
            return key.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey fromPem(String pem, String kid) throws java.security.GeneralSecurityException {
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        KeyFactory factory = KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) factory.generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        RSAPublicKey publicKey = (RSAPublicKey) factory.generatePublic(
                new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        return new RSAKey.Builder(publicKey).privateKey(privateKey).keyID(kid).keyUse(KeyUse.SIGNATURE).build();
    }
}
