package uk.gov.signpost.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.gov.signpost.support.ApiClient;
import uk.gov.signpost.support.SignpostIntegrationTest;
import uk.gov.signpost.support.StaffSignIn;

/**
 * The shape of sign-in as GOV.UK One Login expects it, logout, the hardening headers and cookies, CSRF refusal and
 * session fixation, over real HTTP against the running application and its in-process identity provider.
 */
@SignpostIntegrationTest(properties = "signpost.sessions.cookie-secure=true")
class SignInSecurityIT {

    @LocalServerPort
    int port;

    @Test
    void the_authorisation_request_carries_pkce_nonce_state_vtr_and_the_pages_language() {
        ApiClient.Response start = new ApiClient(port).get("/oauth2/authorization/citizen", "Cookie", "signpost_lang=cy");

        assertThat(start.status()).isEqualTo(302);
        URI location = URI.create(start.header("Location"));
        assertThat(location.getPath()).isEqualTo("/idp/oauth2/authorize");
        Map<String, String> query = query(location);
        assertThat(query).containsEntry("response_type", "code")
                .containsEntry("client_id", "signpost-citizen")
                .containsEntry("scope", "openid")
                .containsEntry("code_challenge_method", "S256")
                .containsEntry("vtr", "[\"Cl.Cm\"]")
                .containsEntry("ui_locales", "cy")
                .containsKeys("code_challenge", "nonce", "state", "redirect_uri");
        assertThat(query.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        assertThat(query.get("redirect_uri")).endsWith("/login/oauth2/code/citizen");

        Map<String, String> staff = query(URI.create(new ApiClient(port).get("/oauth2/authorization/staff")
                .header("Location")));
        assertThat(staff).containsEntry("ui_locales", "en").containsKey("code_challenge").doesNotContainKey("vtr");
    }

    @Test
    void the_provider_accepts_the_client_only_with_a_signed_client_assertion_and_pkce() {
        // The local provider registers both clients for private_key_jwt alone, with PKCE required, and checks the
        // assertion with the client's public key: a sign-in that completes has used both.
        StaffSignIn.Client alice = StaffSignIn.citizenOverHttp(port, "alice");
        assertThat(alice.get("/").body()).contains("You are signed in");

        ApiClient.Response secretInstead = new ApiClient(port).postForm("/idp/oauth2/token",
                "grant_type=authorization_code&code=x&redirect_uri=http://127.0.0.1/&client_id=signpost-citizen"
                        + "&client_secret=guess");
        assertThat(secretInstead.status()).isEqualTo(401);
        assertThat(secretInstead.body()).contains("invalid_client");
    }

    @Test
    void signing_out_ends_the_session_here_and_at_the_provider() {
        StaffSignIn.Client alice = StaffSignIn.citizenOverHttp(port, "alice");

        ApiClient.Response out = alice.postForm("/sign-out", "");
        assertThat(out.status()).isEqualTo(302);
        URI endSession = URI.create(out.header("Location"));
        assertThat(endSession.getPath()).isEqualTo("/idp/connect/logout");
        assertThat(query(endSession)).containsKey("id_token_hint")
                .containsEntry("post_logout_redirect_uri", StaffSignIn.base(port) + "/");

        ApiClient.Response back = alice.get(endSession.toString());
        assertThat(back.status()).isEqualTo(302);
        assertThat(back.header("Location")).startsWith(StaffSignIn.base(port) + "/");
        assertThat(alice.get("/").body()).doesNotContain("You are signed in");
    }

    @Test
    void every_page_has_a_strict_content_security_policy_hsts_and_no_framing() {
        ApiClient.Response page = new ApiClient(port).get("/");

        String csp = page.header("Content-Security-Policy");
        assertThat(csp).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
                "frame-ancestors 'none'", "form-action 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(page.body()).doesNotContainPattern("<script(?![^>]*\\bsrc=)").doesNotContain("style=\"");
        assertThat(page.header("Strict-Transport-Security")).contains("max-age=31536000", "includeSubDomains");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
    }

    @Test
    void cookies_are_secure_http_only_and_same_site() {
        ApiClient.Response started = new ApiClient(port).postForm("/conversations", "");
        List<String> cookies = started.headers().allValues("Set-Cookie");

        assertThat(cookie(cookies, "signpost_session")).contains("Secure", "HttpOnly", "SameSite=Lax");

        ApiClient.Response signIn = new ApiClient(port).get("/oauth2/authorization/citizen");
        assertThat(cookie(signIn.headers().allValues("Set-Cookie"), "signpost_signin"))
                .contains("Secure", "HttpOnly", "SameSite=Lax");

        ApiClient.Response form = new ApiClient(port).get("/resume");
        assertThat(cookie(form.headers().allValues("Set-Cookie"), "XSRF-TOKEN"))
                .contains("Secure", "HttpOnly", "SameSite=Strict");
    }

    @Test
    void a_form_post_without_the_csrf_token_is_refused_and_a_bearer_api_call_needs_none() {
        ApiClient api = new ApiClient(port);
        ApiClient.Started conversation = api.start();

        // A forged form: the person's cookie goes with it, the token does not.
        ApiClient.Response forged = api.postForm("/conversations/" + conversation.id() + "/delete", "",
                "Cookie", "signpost_session=x", "X-XSRF-TOKEN", "");
        assertThat(forged.status()).isEqualTo(403);
        ApiClient.Response forgedApi = api.post("/api/v1/conversations", "", "Cookie", "XSRF-TOKEN=a",
                "X-XSRF-TOKEN", "b", "Accept", "application/json");
        assertThat(forgedApi.status()).isEqualTo(403);
        assertThat(forgedApi.json().get("code").asString()).isEqualTo("csrf_refused");

        assertThat(api.say(conversation, "Hello").status()).isEqualTo(200);
    }

    @Test
    void signing_in_gives_the_session_a_new_id() {
        StaffSignIn.Client client = new StaffSignIn.Client(port);
        ApiClient.Response started = client.get("/oauth2/authorization/citizen");
        String beforeSignIn = sessionCookie(client);

        StaffSignIn.completeSignIn(client, started, "carol", "/");

        assertThat(sessionCookie(client)).isNotEqualTo(beforeSignIn);
        assertThat(client.get("/").body()).contains("You are signed in");
    }

    private static String sessionCookie(StaffSignIn.Client client) {
        return client.cookies().stream().filter(c -> c.getName().equals("signpost_signin")).findFirst()
                .orElseThrow().getValue();
    }

    private static String cookie(List<String> setCookies, String name) {
        return setCookies.stream().filter(c -> c.startsWith(name + "=")).findFirst().orElse(null);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        Arrays.stream(uri.getRawQuery().split("&")).forEach(pair -> {
            String[] parts = pair.split("=", 2);
            values.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
        });
        return values;
    }
}
