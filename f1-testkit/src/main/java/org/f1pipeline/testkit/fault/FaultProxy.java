package org.f1pipeline.testkit.fault;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * An HTTP proxy in front of the fake servers (or any base URL) that injects the faults the reliability suite needs:
 * a 429 with a large {@code Retry-After}, a body that stalls after the headers, truncated or wrong-shape JSON with
 * a 200, an oversized valid body streamed without ever being held in memory, and an hourly request budget enforced
 * on an injected clock that counts the 429s it sends. Every request is forwarded to the target unchanged unless a
 * rule matches it; every request is logged.
 *
 * <pre>{@code
 * try (FakeF1Api fake = FakeF1Api.start(FakeF1Options.demo());
 *      FaultProxy proxy = FaultProxy.start(fake.baseUrl())) {
 *     proxy.truncate("/ergast/f1/2019/results", 1);
 *     String jolpica = proxy.url(fake.jolpicaBaseUrl());   // the same path, through the proxy
 * }
 * }</pre>
 *
 * <p>Thread-safe; rules can be added while requests are in flight. One-shot rules apply to the next matching
 * requests in arrival order.
 */
public final class FaultProxy implements AutoCloseable {

    /** What the proxy does with one request. */
    public enum Fault {
        /** Forwarded unchanged. */
        NONE,
        /** 429 with a Retry-After header. */
        RETRY_AFTER,
        /** Headers and the first bytes of the body, then nothing until the client gives up. */
        STALLED_BODY,
        /** The real body one byte at a time, a pause between bytes: never idle for long, never done. */
        TRICKLE,
        /** A 200 whose JSON is cut in half (with a matching Content-Length: valid HTTP, broken JSON). */
        TRUNCATED,
        /** A 200 with a given body in place of the real one (e.g. well-formed JSON of the wrong shape). */
        REPLACED,
        /** A 200 whose body is generated on the fly (e.g. a valid 60 MB page). */
        GENERATED,
        /** 429 from the hourly budget. */
        OVER_BUDGET
    }

    /**
     * One request as the proxy saw it.
     *
     * @param path          the path and query
     * @param status        the status sent back
     * @param fault         what was done to it
     * @param authorization the request's {@code Authorization} header, or null
     */
    public record Seen(String path, int status, Fault fault, String authorization) {
    }

    /** Writes a generated body. */
    @FunctionalInterface
    public interface BodyWriter {
        /**
         * Writes the body.
         *
         * @param out where to write (chunked: the length need not be known)
         * @throws IOException when the client goes away
         */
        void write(OutputStream out) throws IOException;
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-proxy");
        t.setDaemon(true);
        return t;
    });
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String target;
    private final List<Rule> rules = new ArrayList<>();
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile Budget budget;

    private FaultProxy(String target) throws IOException {
        this.target = target.endsWith("/") ? target.substring(0, target.length() - 1) : target;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Starts a proxy in front of {@code target} on a free port of 127.0.0.1.
     *
     * @param target the base URL requests are forwarded to, e.g. {@code fake.baseUrl()}
     * @return the running proxy
     */
    public static FaultProxy start(String target) {
        try {
            return new FaultProxy(Objects.requireNonNull(target, "target"));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fault proxy", e);
        }
    }

    /** The proxy's own base URL, {@code http://127.0.0.1:PORT}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** {@code url} (a URL of the target) as seen through the proxy: same path, the proxy's host and port. */
    public String url(String url) {
        if (!url.startsWith(target)) {
            throw new IllegalArgumentException(url + " is not under the proxy's target " + target);
        }
        return baseUrl() + url.substring(target.length());
    }

    /** The next {@code count} requests whose path and query match {@code regex} get 429 with this Retry-After. */
    public FaultProxy retryAfter(String regex, int count, Duration retryAfter) {
        return add(new Rule(regex, count, Fault.RETRY_AFTER, retryAfter, 0, null, null));
    }

    /**
     * The next {@code count} matching requests get the real status and headers and {@code bytesFirst} bytes of the
     * real body, then the proxy sends nothing more until the client closes the connection or the proxy is closed.
     */
    public FaultProxy stallBody(String regex, int count, int bytesFirst) {
        return add(new Rule(regex, count, Fault.STALLED_BODY, null, bytesFirst, null, null));
    }

    /**
     * The next {@code count} matching requests get the real response one byte at a time, {@code pause} apart:
     * each read sees data soon enough, but the whole body takes a very long time.
     */
    public FaultProxy trickle(String regex, int count, Duration pause) {
        return add(new Rule(regex, count, Fault.TRICKLE, pause, 0, null, null));
    }

    /** The next {@code count} matching requests get a 200 with the first half of the real body. */
    public FaultProxy truncate(String regex, int count) {
        return add(new Rule(regex, count, Fault.TRUNCATED, null, 0, null, null));
    }

    /** The next {@code count} matching requests get a 200 with {@code body} (JSON) instead of the real one. */
    public FaultProxy replaceBody(String regex, int count, String body) {
        return add(new Rule(regex, count, Fault.REPLACED, null, 0, body, null));
    }

    /** The next {@code count} matching requests get a 200 whose JSON body {@code writer} streams. */
    public FaultProxy generate(String regex, int count, BodyWriter writer) {
        return add(new Rule(regex, count, Fault.GENERATED, null, 0, null, writer));
    }

    /**
     * Enforces a request budget: at most {@code permits} requests per fixed window of {@code window} on
     * {@code clock} (windows start at the epoch, as a server's hourly counter does); a request over it gets 429
     * without Retry-After, and is counted ({@link #overBudget()}).
     */
    public FaultProxy budget(int permits, Duration window, Clock clock) {
        this.budget = new Budget(permits, window.toNanos(), clock);
        return this;
    }

    /** Requests refused by the budget so far. */
    public int overBudget() {
        Budget b = budget;
        return b == null ? 0 : b.refused.get();
    }

    /** Every request so far, in arrival order. */
    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    /** Requests so far whose path and query match {@code regex}. */
    public int count(String regex) {
        Pattern p = Pattern.compile(regex);
        return (int) seen.stream().filter(s -> p.matcher(s.path()).find()).count();
    }

    /** Forgets the request log (rules and budget stay). */
    public void clearLog() {
        seen.clear();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    private synchronized FaultProxy add(Rule rule) {
        if (rule.left.get() > 0) {
            rules.add(rule);
        }
        return this;
    }

    private synchronized Rule take(String path) {
        for (Rule r : rules) {
            if (r.pattern.matcher(path).find() && r.left.getAndDecrement() > 0) {
                if (r.left.get() <= 0) {
                    rules.remove(r);
                }
                return r;
            }
        }
        return null;
    }

    /** Records each request before answering it, so a test reading {@link #seen} once its call returns finds it. */
    private void handle(HttpExchange x) throws IOException {
        String path = x.getRequestURI().toString();
        try (x) {
            Budget b = budget;
            if (b != null && !b.admit()) {
                seen.add(new Seen(path, 429, Fault.OVER_BUDGET, auth(x)));
                send(x, 429, "application/json", "{\"detail\":\"Request was throttled.\"}", null);
                return;
            }
            Rule rule = take(path);
            Fault fault = rule == null ? Fault.NONE : rule.fault;
            switch (fault) {
                case RETRY_AFTER -> {
                    seen.add(new Seen(path, 429, fault, auth(x)));
                    send(x, 429, "application/json", "{\"detail\":\"Request was throttled.\"}",
                            Long.toString(rule.retryAfter.toSeconds()));
                    return;
                }
                case REPLACED -> {
                    seen.add(new Seen(path, 200, fault, auth(x)));
                    send(x, 200, "application/json", rule.body, null);
                    return;
                }
                case GENERATED -> {
                    seen.add(new Seen(path, 200, fault, auth(x)));
                    x.getResponseHeaders().set("Content-Type", "application/json");
                    x.sendResponseHeaders(200, 0);
                    try (OutputStream out = x.getResponseBody()) {
                        rule.writer.write(out);
                    }
                    return;
                }
                default -> forward(x, path, rule, fault);
            }
        } catch (IOException | RuntimeException e) {
            // The client went away (it timed out on a stalled body): nothing to answer.
        }
    }

    private void forward(HttpExchange x, String path, Rule rule, Fault fault) throws IOException {
        HttpResponse<byte[]> real;
        try {
            real = client.send(HttpRequest.newBuilder(URI.create(target + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        byte[] body = real.body();
        real.headers().firstValue("Content-Type").ifPresent(v -> x.getResponseHeaders().set("Content-Type", v));
        real.headers().firstValue("Retry-After").ifPresent(v -> x.getResponseHeaders().set("Retry-After", v));
        int status = real.statusCode();
        seen.add(new Seen(path, status, fault, auth(x)));
        if (fault == Fault.TRUNCATED) {
            body = java.util.Arrays.copyOf(body, body.length / 2);
        }
        if (fault == Fault.STALLED_BODY) {
            x.sendResponseHeaders(status, body.length);
            OutputStream out = x.getResponseBody();
            out.write(body, 0, Math.min(rule.bytesFirst, body.length));
            out.flush();
            try {
                // Hold the connection open: the client must give up by its own deadline.
                closing.await(10, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return;
        }
        if (fault == Fault.TRICKLE) {
            x.sendResponseHeaders(status, body.length);
            OutputStream out = x.getResponseBody();
            for (byte b : body) {
                out.write(b);
                out.flush();
                try {
                    if (closing.await(rule.retryAfter.toMillis(), TimeUnit.MILLISECONDS)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            out.close();
            return;
        }
        x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(body);
        }
    }

    private static String auth(HttpExchange x) {
        return x.getRequestHeaders().getFirst("Authorization");
    }

    private static void send(HttpExchange x, int status, String type, String body, String retryAfter)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        if (retryAfter != null) {
            x.getResponseHeaders().set("Retry-After", retryAfter);
        }
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static final class Rule {
        final Pattern pattern;
        final AtomicInteger left;
        final Fault fault;
        final Duration retryAfter;
        final int bytesFirst;
        final String body;
        final BodyWriter writer;

        Rule(String regex, int count, Fault fault, Duration retryAfter, int bytesFirst, String body,
             BodyWriter writer) {
            this.pattern = Pattern.compile(regex);
            this.left = new AtomicInteger(count);
            this.fault = fault;
            this.retryAfter = retryAfter;
            this.bytesFirst = bytesFirst;
            this.body = body;
            this.writer = writer;
        }
    }

    /** A fixed-window counter on an injected clock, like a server's "500 per hour". */
    private static final class Budget {
        final int permits;
        final long windowNanos;
        final Clock clock;
        final AtomicInteger refused = new AtomicInteger();
        long windowIndex = Long.MIN_VALUE;
        int used;

        Budget(int permits, long windowNanos, Clock clock) {
            this.permits = permits;
            this.windowNanos = windowNanos;
            this.clock = clock;
        }

        synchronized boolean admit() {
            java.time.Instant now = clock.instant();
            long nanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
            long index = Math.floorDiv(nanos, windowNanos);
            if (index != windowIndex) {
                windowIndex = index;
                used = 0;
            }
            if (used >= permits) {
                refused.incrementAndGet();
                return false;
            }
            used++;
            return true;
        }
    }
}
