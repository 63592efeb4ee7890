package uk.gov.signpost.employment.internal.guidance;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The ingestion adapter for the GOV.UK Content API ({@code GET https://www.gov.uk/api/content/<base path>}), which
 * returns the JSON that GOV.UK renders a page from. {@link ContentItemReader} turns that JSON into a page.
 *
 * <p>Every way a fetch can go wrong is a {@link Fetch.Failed} with a short reason for the logs, never an exception,
 * so that one bad page cannot stop a refresh of the others. Redirects are not followed: a moved page is a failure
 * to look at, not something to index under its old address.
 */
final class ContentApiClient {

    /** More than any GOV.UK page needs (the longest bundled guide is under 100 KB of text). */
    static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

    private final URI baseUrl;
    private final Duration timeout;
    private final HttpClient http;
    private final ContentItemReader reader = new ContentItemReader();

    ContentApiClient(URI baseUrl, Duration timeout) {
        String base = baseUrl.toString();
        this.baseUrl = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The page at this base path (such as {@code /jobseekers-allowance}) as GOV.UK publishes it now. */
    Fetch fetch(String basePath) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + basePath))
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("User-Agent", "Signpost guidance refresh")
                .GET()
                .build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                int status = response.statusCode();
                if (status == 404) {
                    return new Fetch.Failed("not_found");
                }
                if (status == 410) {
                    return new Fetch.Failed("gone");
                }
                if (status != 200) {
                    return new Fetch.Failed("http_" + status);
                }
                byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
                if (bytes.length > MAX_BODY_BYTES) {
                    return new Fetch.Failed("too_large");
                }
                return reader.read(new String(bytes, StandardCharsets.UTF_8), basePath);
            }
        } catch (IOException e) {
            return new Fetch.Failed("unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Fetch.Failed("interrupted");
        }
    }

    /** What fetching one page came to. */
    sealed interface Fetch permits Fetch.Fetched, Fetch.Failed {

        record Fetched(GuidancePage page) implements Fetch {}

        /** {@code reason} is a short code for logs, such as {@code not_found} or {@code http_503}. */
        record Failed(String reason) implements Fetch {}
    }
}
