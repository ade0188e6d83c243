package org.f1pipeline.fetch.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Flow;
import java.util.zip.GZIPInputStream;
import org.f1pipeline.fetch.BodyParser;
import org.f1pipeline.fetch.BodyTooLargeException;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.HttpStatusException;
import org.f1pipeline.fetch.LiveSessionRefusedException;
import org.f1pipeline.fetch.Parsed;
import org.f1pipeline.fetch.RateLimitedException;
import org.f1pipeline.fetch.RedirectException;
import org.f1pipeline.fetch.Ticker;

/**
 * One attempt of one GET over {@code java.net.http}: connect and request timeouts for the headers, then an idle
 * (read) timeout and a total deadline for the body, {@code Accept-Encoding: gzip} decoded with
 * {@link GZIPInputStream}, a hard cap on the decoded body, and the response metadata. The body is a stream: a
 * {@link BodyParser} reads it as it arrives ({@link #fetch(FetchRequest, BodyParser)}), so its size never has to
 * fit in memory; {@link #fetch(FetchRequest)} collects it into an array (never more than cap + 1 bytes). Non-2xx
 * statuses become typed exceptions (429 → {@link RateLimitedException}, OpenF1's live refusal →
 * {@link LiveSessionRefusedException}, redirects → {@link RedirectException}, others → {@link HttpStatusException})
 * with a body snippet; it never retries, that is the job of {@link RetryingFetcher}, and never follows a redirect
 * ({@code HttpClient.Redirect.NEVER}): {@link RedirectingFetcher} does, hop by hop through the whole stack.
 * Credentials in the URL's user-info part are sent as HTTP Basic authentication, never on the request line, and
 * never shown in messages.
 */
public final class JdkHttpFetcher implements Fetcher {

    /** Error bodies are only read this far: enough for a snippet and a {@code detail} field. */
    private static final int ERROR_BODY_LIMIT = 8 * 1024;

    private final Duration connectTimeout;
    /** Made on the first request ({@link #client()}). */
    private volatile HttpClient client;
    private final Duration requestTimeout;
    private final Duration readTimeout;
    private final Duration totalTimeout;
    private final long maxBodyBytes;
    private final String userAgent;
    private final Ticker ticker;
    private final Clock clock;

    /**
     * Creates the fetcher with a 30 s read timeout and a 5 min total deadline.
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
        this(connectTimeout, requestTimeout, Duration.ofSeconds(30), Duration.ofMinutes(5), maxBodyBytes, userAgent,
                ticker, clock);
    }

    /**
     * Creates the fetcher.
     *
     * @param connectTimeout connect timeout
     * @param requestTimeout time allowed until the response headers arrive
     * @param readTimeout    longest wait for the next bytes of a body
     * @param totalTimeout   time allowed for the whole response, body included, from sending the request
     * @param maxBodyBytes   largest decoded body accepted
     * @param userAgent      User-Agent header
     * @param ticker         for the elapsed time
     * @param clock          wall clock, for Retry-After dates
     */
    public JdkHttpFetcher(Duration connectTimeout, Duration requestTimeout, Duration readTimeout,
                          Duration totalTimeout, long maxBodyBytes, String userAgent, Ticker ticker, Clock clock) {
        // Checked now as the JDK's builder would, though the client is made later.
        if (connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connectTimeout must be positive, was " + connectTimeout);
        }
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.readTimeout = readTimeout;
        this.totalTimeout = totalTimeout;
        this.maxBodyBytes = maxBodyBytes;
        this.userAgent = userAgent;
        this.ticker = ticker;
        this.clock = clock;
    }

    /**
     * The JDK client, made on the first request. Why lazily: building one loads the default TLS context and its
     * trust store, about 80 ms of a fresh JVM, and a pipeline always builds its fetcher while many commands never
     * fetch (a recompute, a prediction or standings from the database, a backtest).
     */
    private HttpClient client() {
        HttpClient made = client;
        if (made == null) {
            synchronized (this) {
                made = client;
                if (made == null) {
                    made = HttpClient.newBuilder()
                            .connectTimeout(connectTimeout)
                            // Never followed here: a hop must go through the target host's limiter and cache
                            // policy, so redirects are handed back (RedirectException) and followed, if at all, by
                            // RedirectingFetcher.
                            .followRedirects(HttpClient.Redirect.NEVER)
                            // HTTP/1.1: predictable with every server we talk to (and with WireMock faults in tests).
                            .version(HttpClient.Version.HTTP_1_1)
                            .build();
                    client = made;
                }
            }
        }
        return made;
    }

    @Override
    public FetchResponse fetch(FetchRequest request) {
        Exchange x = send(request);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            InputStream in = x.body.stream();
            byte[] buf = new byte[16 * 1024];
            for (int n; (n = in.read(buf)) >= 0; ) {
                out.write(buf, 0, n);
            }
            Duration elapsed = Duration.ofNanos(ticker.nanoTime() - x.startTicker);
            return new FetchResponse(request.uri(), x.status, x.body.headers(), out.toByteArray(), x.wire.count(),
                    elapsed, false, 1);
        } catch (IOException e) {
            throw bodyFailure(request.uri(), x.status, e);
        } finally {
            x.body.close();
        }
    }

    @Override
    public <T> Parsed<T> fetch(FetchRequest request, BodyParser<T> parser) {
        Exchange x = send(request);
        try {
            T value = BodyParsing.parse(parser, x.body, x.body::failure);
            x.body.drain();
            Duration elapsed = Duration.ofNanos(ticker.nanoTime() - x.startTicker);
            return new Parsed<>(value, request.uri(), x.status, 1, false, x.wire.count(), elapsed);
        } catch (BodyParsing.StreamFailure f) {
            throw bodyFailure(request.uri(), x.status, f.getCause());
        } catch (IOException e) {
            throw bodyFailure(request.uri(), x.status, e);
        } finally {
            x.body.close();
        }
    }

    /** A response whose headers have arrived with a 2xx status, its body not read yet. */
    private record Exchange(int status, StreamedBody body, CountingInputStream wire, long startTicker) {
    }

    private Exchange send(FetchRequest request) {
        URI uri = request.uri();
        HttpRequest.Builder b = HttpRequest.newBuilder(Redaction.withoutUserInfo(uri)).GET().timeout(requestTimeout)
                .header("Accept-Encoding", "gzip")
                .header("User-Agent", userAgent);
        request.headers().forEach(b::header);
        if (Redaction.hasUserInfo(uri) && request.headers().keySet().stream()
                .noneMatch(h -> h.equalsIgnoreCase("Authorization"))) {
            b.header("Authorization", basic(uri.getRawUserInfo()));
        }
        long start = ticker.nanoTime();
        long deadline = System.nanoTime() + totalTimeout.toNanos();
        HttpResponse<Flow.Publisher<List<ByteBuffer>>> response;
        try {
            response = client().send(b.build(), HttpResponse.BodyHandlers.ofPublisher());
        } catch (HttpTimeoutException e) {
            throw new FetchException(uri, FetchException.NO_STATUS, 1,
                    "timed out after " + requestTimeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw new FetchException(uri, FetchException.NO_STATUS, 1, "I/O error: " + Redaction.text(e.toString()),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(uri, FetchException.NO_STATUS, 1, "interrupted", e);
        }
        int status = response.statusCode();
        boolean ok = status >= 200 && status < 300;
        boolean gzip = response.headers().firstValue("Content-Encoding")
                .map(v -> v.trim().toLowerCase(Locale.ROOT).contains("gzip")).orElse(false);
        PublisherInputStream raw = new PublisherInputStream(readTimeout.toNanos(), deadline,
                Durations.seconds(readTimeout) + " s", Durations.seconds(totalTimeout) + " s");
        response.body().subscribe(raw);
        CountingInputStream wire = new CountingInputStream(raw);
        if (ok && !gzip && response.headers().firstValueAsLong("Content-Length").orElse(-1) > maxBodyBytes) {
            raw.close();
            throw new BodyTooLargeException(uri, status, 1, maxBodyBytes);
        }
        InputStream decoded;
        try {
            decoded = gzip ? new GZIPInputStream(wire) : wire;
        } catch (IOException e) {
            raw.close();
            if (!ok) {
                throw statusError(uri, status, new byte[0], response);
            }
            throw bodyFailure(uri, status, e);
        }
        StreamedBody body = new StreamedBody(uri, status, headers(response, gzip), false, decoded,
                ok ? maxBodyBytes : ERROR_BODY_LIMIT);
        if (!ok) {
            throw statusError(uri, status, readErrorBody(body), response);
        }
        return new Exchange(status, body, wire, start);
    }

    /** Up to {@link #ERROR_BODY_LIMIT} bytes of an error body; a broken one only costs us the snippet. */
    private static byte[] readErrorBody(StreamedBody body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[4096];
        try {
            InputStream in = body.stream();
            for (int n; (n = in.read(buf)) >= 0; ) {
                out.write(buf, 0, n);
            }
        } catch (IOException e) {
            // The status is what matters (an over-long error body ends here too).
        } finally {
            body.close();
        }
        return out.toByteArray();
    }

    /** A body that could not be read in full: too large, stalled, or broken off. */
    private FetchException bodyFailure(URI uri, int status, IOException e) {
        if (e instanceof StreamedBody.TooLargeException) {
            return new BodyTooLargeException(uri, status, 1, maxBodyBytes);
        }
        if (e instanceof PublisherInputStream.StalledException) {
            // "timed out" keeps the retry layer's wording ("timeout") and OpenF1's too-big detection working.
            return new FetchException(uri, FetchException.NO_STATUS, 1, "timed out reading the body of a " + status
                    + " response: " + e.getMessage(), e);
        }
        // A transfer that broke off is transient (and retryable), whatever the status line said.
        return new FetchException(uri, FetchException.NO_STATUS, 1,
                "I/O error while reading the body of a " + status + " response: " + Redaction.text(e.toString()), e);
    }

    private FetchException statusError(URI uri, int status, byte[] body, HttpResponse<?> response) {
        if (RedirectException.isRedirect(status)) {
            return RedirectException.of(uri, status, 1, response.headers().firstValue("Location").orElse(null));
        }
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

    private static String basic(String rawUserInfo) {
        String decoded = URLDecoder.decode(rawUserInfo.replace("+", "%2B"), StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(decoded.getBytes(StandardCharsets.UTF_8));
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
