package org.f1pipeline.fetch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.f1pipeline.fetch.BodyTooLargeException;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.HttpStatusException;
import org.f1pipeline.fetch.LiveSessionRefusedException;
import org.f1pipeline.fetch.RateLimitedException;
import org.f1pipeline.fetch.Ticker;

/**
 * One attempt of one GET over {@code java.net.http}: connect and request timeouts, {@code Accept-Encoding: gzip}
 * decoded with {@link GZIPInputStream}, a hard cap on the decoded body (reading stops at cap + 1 bytes), and the
 * response metadata. Non-2xx statuses become typed exceptions (429 → {@link RateLimitedException}, OpenF1's live
 * refusal → {@link LiveSessionRefusedException}, others → {@link HttpStatusException}) with a body snippet; it never
 * retries, that is the job of {@link RetryingFetcher}.
 */
public final class JdkHttpFetcher implements Fetcher {

    /** Error bodies are only read this far: enough for a snippet and a {@code detail} field. */
    private static final int ERROR_BODY_LIMIT = 8 * 1024;

    private final HttpClient client;
    private final Duration requestTimeout;
    private final long maxBodyBytes;
    private final String userAgent;
    private final Ticker ticker;
    private final Clock clock;

    /**
     * Creates the fetcher.
     *
     * @param connectTimeout connect timeout
     * @param requestTimeout time allowed until the response headers arrive
     * @param maxBodyBytes   largest decoded body accepted
     * @param userAgent      User-Agent header
     * @param ticker         for the elapsed time
     * @param clock          wall clock, for Retry-After dates
     */
    public JdkHttpFetcher(Duration connectTimeout, Duration requestTimeout, long maxBodyBytes, String userAgent,
                          Ticker ticker, Clock clock) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                // HTTP/1.1: predictable with every server we talk to (and with WireMock faults in tests).
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        this.requestTimeout = requestTimeout;
        this.maxBodyBytes = maxBodyBytes;
        this.userAgent = userAgent;
        this.ticker = ticker;
        this.clock = clock;
    }

    @Override
    public FetchResponse fetch(FetchRequest request) {
        URI uri = request.uri();
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET().timeout(requestTimeout)
                .header("Accept-Encoding", "gzip")
                .header("User-Agent", userAgent);
        request.headers().forEach(b::header);
        long start = ticker.nanoTime();
        HttpResponse<InputStream> response;
        try {
            response = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw new FetchException(uri, FetchException.NO_STATUS, 1,
                    "timed out after " + requestTimeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new FetchException(uri, FetchException.NO_STATUS, 1, "I/O error: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(uri, FetchException.NO_STATUS, 1, "interrupted", e);
        }
        int status = response.statusCode();
        boolean ok = status >= 200 && status < 300;
        boolean gzip = response.headers().firstValue("Content-Encoding")
                .map(v -> v.trim().toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
        long limit = ok ? maxBodyBytes : ERROR_BODY_LIMIT;
        CountingInputStream wire = new CountingInputStream(response.body());
        byte[] body;
        boolean truncated;
        try (InputStream in = gzip ? new GZIPInputStream(wire) : wire) {
            if (ok && !gzip && response.headers().firstValueAsLong("Content-Length").orElse(-1) > maxBodyBytes) {
                throw new BodyTooLargeException(uri, status, 1, maxBodyBytes);
            }
            BoundedReader.Result r = BoundedReader.read(in, limit);
            body = r.bytes();
            truncated = r.overflow();
        } catch (IOException e) {
            if (!ok) {
                // The status is what matters; a broken error body only costs us the snippet.
                throw statusError(uri, status, new byte[0], response);
            }
            // A transfer that broke off is transient (and retryable), whatever the status line said.
            throw new FetchException(uri, FetchException.NO_STATUS, 1,
                    "I/O error while reading the body of a " + status + " response: " + e, e);
        }
        if (!ok) {
            throw statusError(uri, status, body, response);
        }
        if (truncated) {
            throw new BodyTooLargeException(uri, status, 1, maxBodyBytes);
        }
        Duration elapsed = Duration.ofNanos(ticker.nanoTime() - start);
        return new FetchResponse(uri, status, headers(response, gzip), body, wire.count(), elapsed, false);
    }

    private FetchException statusError(URI uri, int status, byte[] body, HttpResponse<?> response) {
        String snippet = Snippets.of(body);
        Duration retryAfter = RetryAfterParser.parse(response.headers().firstValue("Retry-After").orElse(null),
                clock);
        if (status == 429) {
            return new RateLimitedException(uri, 1, retryAfter, snippet);
        }
        String refusal = LiveSessionDetector.refusalDetail(status, body);
        if (refusal != null) {
            return new LiveSessionRefusedException(uri, status, 1, refusal);
        }
        return new HttpStatusException(uri, status, 1, snippet, retryAfter);
    }

    /** Response headers; after decoding gzip the wire-level encoding and length no longer describe the body. */
    private static Map<String, List<String>> headers(HttpResponse<?> response, boolean decoded) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        response.headers().map().forEach((k, v) -> {
            String lower = k.toLowerCase(Locale.ROOT);
            if (lower.startsWith(":") || (decoded && (lower.equals("content-encoding")
                    || lower.equals("content-length")))) {
                return;
            }
            out.put(k, v);
        });
        return out;
    }
}
