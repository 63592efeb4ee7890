package uk.gov.signpost.employment.internal.guidance;

import java.io.IOException;
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
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Fetch.Failed("unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Fetch.Failed("interrupted");
        }
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
        return reader.read(response.body(), basePath);
    }

    /** What fetching one page came to. */
    sealed interface Fetch permits Fetch.Fetched, Fetch.Failed {

        record Fetched(GuidancePage page) implements Fetch {}

        /** {@code reason} is a short code for logs, such as {@code not_found} or {@code http_503}. */
        record Failed(String reason) implements Fetch {}
    }
}
