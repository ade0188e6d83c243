package org.f1pipeline.testkit.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Minimal HTTP/JSON helpers for the fake tests. */
final class Http {
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /**
     * HTTP/1.1 only, like the library's fetcher, for large bodies: with the JDK default (HTTP/2 offered by an h2c
     * upgrade over plain http) one CI run read the dump's 5 MB zip as an HTTP/2 frame ("Frame type(44)
     * length(5072380) exceeds MAX_FRAME_SIZE"). The default client stays for the other tests: a reset connection
     * surfaces there, where HTTP/1.1 retries the GET once.
     */
    static final HttpClient HTTP_1_1 = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    static final ObjectMapper JSON = new ObjectMapper();

    private Http() {
    }

    static HttpResponse<byte[]> get(String url) {
        return get(url, Duration.ofSeconds(30));
    }

    static HttpResponse<byte[]> get(String url, Duration timeout) {
        return send(CLIENT, url, timeout);
    }

    /** {@link #get(String)} over {@link #HTTP_1_1}. */
    static HttpResponse<byte[]> get11(String url) {
        return send(HTTP_1_1, url, Duration.ofSeconds(30));
    }

    private static HttpResponse<byte[]> send(HttpClient client, String url, Duration timeout) {
        try {
            // Like a real OpenF1 client: operators are sent percent-encoded, '=' stays literal.
            String safe = url.replace(">", "%3E").replace("<", "%3C").replace(" ", "%20");
            HttpRequest req = HttpRequest.newBuilder(URI.create(safe)).timeout(timeout).GET().build();
            return client.send(req, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    static JsonNode json(String url) {
        HttpResponse<byte[]> r = get(url);
        if (r.statusCode() != 200) {
            throw new AssertionError(url + " -> " + r.statusCode() + ": " + text(r));
        }
        return parse(text(r));
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + text.substring(0, Math.min(200, text.length())), e);
        }
    }
}
