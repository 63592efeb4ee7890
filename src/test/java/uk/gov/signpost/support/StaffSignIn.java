package uk.gov.signpost.support;

import java.io.IOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.gov.signpost.identity.StaffRole;

/**
 * Signs people in through the local identity provider (Spring Authorization Server under {@code /idp}) the way a
 * person does: the sign-in link, the provider's login form, the redirect back. For browser tests
 * ({@link #inBrowser}) and for plain HTTP ({@link #overHttp}), which returns a client holding the signed-in cookies.
 *
 * <p>Sign-in happens on {@code 127.0.0.1}, not {@code localhost}: the provider, like One Login, refuses
 * {@code localhost} in a redirect address. Use {@link #base(int)} for every address in a signed-in test.
 *
 * <pre>
 * try (Browser browser = Browser.withoutJavaScript()) {
 *     StaffSignIn.inBrowser(browser.driver(), port, StaffRole.CASEWORKER);   // lands on /staff
 *     browser.driver().get(StaffSignIn.base(port) + "/staff/handoffs");
 * }
 * StaffSignIn.Client supervisor = StaffSignIn.overHttp(port, StaffRole.SUPERVISOR);
 * supervisor.get("/api/v1/staff/handoffs");   // cookies and the CSRF header are added for you
 * </pre>
 */
public final class StaffSignIn {

    /** The local provider's password for every test user (see docs/security.md). */
    public static final String PASSWORD = "local-test-password";

    private StaffSignIn() {}

    /** Where a signed-in test should point its requests. */
    public static String base(int port) {
        return "http://127.0.0.1:" + port;
    }

    /** The local provider's username for a role: {@code caseworker}, {@code service-owner}… */
    public static String username(StaffRole role) {
        return role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Signs a member of staff with this role in, in the browser; ends on the staff landing page. */
    public static void inBrowser(WebDriver page, int port, StaffRole role) {
        page.get(base(port) + "/staff");
        fillLoginForm(page, username(role));
        new WebDriverWait(page, Duration.ofSeconds(20)).until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/staff"));
    }

    /**
     * Signs a named test member of staff ({@code caseworker-sam}, {@code caseworker-alex}: see docs/security.md) in,
     * in the browser; ends on the staff landing page.
     */
    public static void inBrowser(WebDriver page, int port, String username) {
        page.get(base(port) + "/staff");
        fillLoginForm(page, username);
        new WebDriverWait(page, Duration.ofSeconds(20)).until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/staff"));
    }

    /**
     * Signs a citizen ({@code alice}, {@code bob} or {@code carol}) in, in the browser, through the start page's
     * sign-in link; ends on the start page. The browser must be on {@link #base(int)} already if its anonymous
     * conversations are to be adopted.
     */
    public static void citizenInBrowser(WebDriver page, int port, String username) {
        if (!page.getCurrentUrl().startsWith(base(port))) {
            page.get(base(port) + "/");
        }
        page.get(base(port) + "/oauth2/authorization/citizen");
        fillLoginForm(page, username);
        new WebDriverWait(page, Duration.ofSeconds(20)).until(d -> URI.create(d.getCurrentUrl()).getPath().equals("/")
                && d.getCurrentUrl().startsWith(base(port)));
    }

    private static void fillLoginForm(WebDriver page, String username) {
        new WebDriverWait(page, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("/idp/login"));
        page.findElement(By.id("username")).sendKeys(username);
        page.findElement(By.id("password")).sendKeys(PASSWORD);
        Browser.clickAndWait(page, page.findElement(By.cssSelector("main form button[type=submit]")));
    }

    /** Signs a member of staff with this role in over plain HTTP. */
    public static Client overHttp(int port, StaffRole role) {
        return signIn(port, "staff", username(role), "/staff");
    }

    /** Signs a named test member of staff ({@code caseworker-sam}, {@code caseworker-alex}) in over plain HTTP. */
    public static Client overHttp(int port, String username) {
        return signIn(port, "staff", username, "/staff");
    }

    /** Signs a citizen in over plain HTTP. */
    public static Client citizenOverHttp(int port, String username) {
        return signIn(port, "citizen", username, "/");
    }

    private static Client signIn(int port, String registration, String username, String landing) {
        Client client = new Client(port);
        ApiClient.Response started = client.get("/oauth2/authorization/" + registration);
        completeSignIn(client, started, username, landing);
        return client;
    }

    /**
     * Finishes a sign-in that {@code started} began (the 302 from {@code /oauth2/authorization/…}): the provider's
     * login form, then the redirects back to {@code landing}.
     */
    public static void completeSignIn(Client client, ApiClient.Response started, String username, String landing) {
        HttpResponse<String> response = client.follow(client.request(
                URI.create(base(client.port)).resolve(started.header("Location")).toString()).GET());
        if (!response.uri().getPath().equals("/idp/login")) {
            throw new IllegalStateException("Expected the provider's login form, got " + response.uri());
        }
        Matcher csrf = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(response.body());
        if (!csrf.find()) {
            throw new IllegalStateException("The login form has no CSRF token");
        }
        String form = "username=" + enc(username) + "&password=" + enc(PASSWORD) + "&_csrf=" + enc(csrf.group(1));
        response = client.follow(client.request("/idp/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (!response.uri().getPath().equals(landing)) {
            throw new IllegalStateException("Sign-in as " + username + " ended at " + response.uri() + " ("
                    + response.statusCode() + ")");
        }
    }

    /**
     * Sends {@code Secure} cookies to this machine over plain HTTP, as browsers do ({@code http://127.0.0.1} and
     * {@code localhost} are secure contexts). {@link CookieManager} alone keeps them for HTTPS, so with
     * {@code signpost.sessions.cookie-secure=true} the sign-in session cookie never came back and the provider
     * refused the login form's CSRF token with 403.
     */
    private static final class LoopbackIsSecure extends CookieHandler {

        private final CookieManager cookies;

        LoopbackIsSecure(CookieManager cookies) {
            this.cookies = cookies;
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return cookies.get(loopback(uri) ? https(uri) : uri, headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            cookies.put(uri, headers);
        }

        private static boolean loopback(URI uri) {
            String host = uri.getHost();
            return "http".equalsIgnoreCase(uri.getScheme()) && host != null
                    && (host.equals("127.0.0.1") || host.equalsIgnoreCase("localhost") || host.equals("[::1]"));
        }

        private static URI https(URI uri) {
            try {
                return new URI("https", uri.getRawAuthority(), uri.getRawPath(), uri.getRawQuery(), null);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException(e);
            }
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * An HTTP client with its own cookie jar, signed in. Every request that changes something carries the CSRF
     * token as a browser's script would (the {@code XSRF-TOKEN} cookie copied into {@code X-XSRF-TOKEN}).
     */
    public static final class Client {

        private static final String CSRF = "staff-sign-in-test-csrf-token";

        private final int port;
        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        private final HttpClient http;

        /** A client with an empty cookie jar, signed in as nobody yet. */
        public Client(int port) {
            this.port = port;
            this.http = HttpClient.newBuilder().cookieHandler(new LoopbackIsSecure(cookies))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }

        /** Puts the known CSRF token back in the jar: signing in replaces the token, as it should. */
        private void csrfCookie() {
            var store = cookies.getCookieStore();
            for (URI uri : store.getURIs()) {
                for (HttpCookie cookie : store.get(uri)) {
                    if (cookie.getName().equals("XSRF-TOKEN")) {
                        store.remove(uri, cookie);
                    }
                }
            }
            for (HttpCookie cookie : List.copyOf(store.getCookies())) {
                if (cookie.getName().equals("XSRF-TOKEN")) {
                    store.remove(null, cookie);
                }
            }
            HttpCookie csrf = new HttpCookie("XSRF-TOKEN", CSRF);
            csrf.setPath("/");
            csrf.setVersion(0);
            cookies.getCookieStore().add(URI.create(base(port)), csrf);
        }

        public ApiClient.Response get(String path, String... headers) {
            return send(request(path).GET(), headers);
        }

        public ApiClient.Response post(String path, String json, String... headers) {
            return send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), headers);
        }

        public ApiClient.Response postForm(String path, String form, String... headers) {
            return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8)), headers);
        }

        public ApiClient.Response put(String path, String json, String... headers) {
            return send(request(path).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), headers);
        }

        public ApiClient.Response delete(String path, String... headers) {
            return send(request(path).DELETE(), headers);
        }

        /**
         * Sends any request; the cookie jar and CSRF header are added. Redirects are not followed. A server-sent
         * events stream is closed as soon as its status and headers arrive, with an empty body.
         */
        public ApiClient.Response send(HttpRequest.Builder builder, String... headers) {
            csrfCookie();
            builder.header("X-XSRF-TOKEN", CSRF);
            for (int i = 0; i + 1 < headers.length; i += 2) {
                builder.header(headers[i], headers[i + 1]);
            }
            try {
                HttpResponse<java.io.InputStream> response = http.send(builder.build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                try (java.io.InputStream body = response.body()) {
                    // An event stream stays open: its status and headers are the answer, the events are not read.
                    boolean stream = response.headers().firstValue("Content-Type").orElse("")
                            .startsWith("text/event-stream");
                    String text = stream ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
                    return new ApiClient.Response(response.statusCode(), text, response.headers());
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** Drops any anonymous citizen session this client was given, so each request starts as staff alone. */
        public void forgetCitizenSession() {
            var store = cookies.getCookieStore();
            for (HttpCookie cookie : List.copyOf(store.getCookies())) {
                if (cookie.getName().equals("signpost_session")) {
                    store.remove(null, cookie);
                    for (URI uri : store.getURIs()) {
                        store.remove(uri, cookie);
                    }
                }
            }
        }

        /** The cookies this client holds as one {@code Cookie} header, for clients that read a stream themselves. */
        public String cookieHeader() {
            return String.join("; ", cookies.getCookieStore().get(LoopbackIsSecure.https(URI.create(base(port))))
                    .stream()
                    .map(c -> c.getName() + "=" + c.getValue()).toList());
        }

        /** The names of the cookies this client holds, for checking what sign-in set. */
        public List<HttpCookie> cookies() {
            return new ArrayList<>(cookies.getCookieStore().getCookies());
        }

        public HttpRequest.Builder request(String pathOrUrl) {
            URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : URI.create(base(port) + pathOrUrl);
            return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        }

        /** Sends and follows redirects by hand (GET after a 302 or 303), as a browser does, keeping cookies. */
        public HttpResponse<String> follow(HttpRequest.Builder first) {
            try {
                HttpRequest request = first.build();
                for (int hop = 0; hop < 15; hop++) {
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    String location = response.headers().firstValue("Location").orElse(null);
                    if (response.statusCode() / 100 != 3 || location == null) {
                        return response;
                    }
                    request = HttpRequest.newBuilder(request.uri().resolve(location)).timeout(Duration.ofSeconds(30))
                            .GET().build();
                }
                throw new IllegalStateException("Too many redirects");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
