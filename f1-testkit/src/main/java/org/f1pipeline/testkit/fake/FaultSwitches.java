package org.f1pipeline.testkit.fake;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Faults and latency of a running {@link FakeF1Api}; every switch can be flipped while requests are in flight.
 * Methods return {@code this} so calls chain. One-shot faults apply to the next matching requests in arrival order.
 *
 * <pre>{@code
 * fake.faults().rateLimit(FakeApi.JOLPICA, 4, Duration.ofSeconds(1))
 *              .serverErrors(FakeApi.OPENF1, 3)
 *              .latency(FakeApi.LIVETIMING, Duration.ofMillis(5), Duration.ofMillis(40));
 * }</pre>
 */
public final class FaultSwitches {
    private final Map<FakeApi, long[]> latency = new EnumMap<>(FakeApi.class);
    private final Map<FakeApi, Limit> limits = new EnumMap<>(FakeApi.class);
    private final Map<FakeApi, Storm> storms = new EnumMap<>(FakeApi.class);
    private final Deque<Rule> rules = new ArrayDeque<>();
    private volatile boolean openF1Live;
    private volatile boolean refuseDuringLiveSessions = true;
    private volatile boolean openF1PlainTextRateLimit;
    private volatile Duration timeoutDelay = Duration.ofSeconds(30);

    /** Fixed latency for every API. */
    public synchronized FaultSwitches latency(Duration fixed) {
        for (FakeApi api : FakeApi.values()) {
            latency(api, fixed);
        }
        return this;
    }

    /** Fixed latency for one API. */
    public synchronized FaultSwitches latency(FakeApi api, Duration fixed) {
        latency.put(api, new long[] {fixed.toMillis(), fixed.toMillis()});
        return this;
    }

    /** Uniformly random latency in {@code [min, max]} for one API. */
    public synchronized FaultSwitches latency(FakeApi api, Duration min, Duration max) {
        latency.put(api, new long[] {min.toMillis(), max.toMillis()});
        return this;
    }

    /** Rate limit: at most {@code requests} per fixed {@code window}, then 429 without Retry-After (like both APIs). */
    public FaultSwitches rateLimit(FakeApi api, int requests, Duration window) {
        return rateLimit(api, requests, window, null);
    }

    /** Rate limit answering 429 with a {@code Retry-After} header in whole seconds (null = no header). */
    public synchronized FaultSwitches rateLimit(FakeApi api, int requests, Duration window, Duration retryAfter) {
        limits.put(api, new Limit(requests, window.toNanos(), retryAfter));
        return this;
    }

    /** Removes the rate limit of an API. */
    public synchronized FaultSwitches noRateLimit(FakeApi api) {
        limits.remove(api);
        return this;
    }

    /** OpenF1 429s as the hosting layer's plain-text {@code Rate exceeded} instead of slowapi's JSON. */
    public FaultSwitches openF1PlainTextRateLimit(boolean plainText) {
        this.openF1PlainTextRateLimit = plainText;
        return this;
    }

    /** For {@code period}, refuse every {@code everyKth} request to the API with 429. */
    public synchronized FaultSwitches storm(FakeApi api, int everyKth, Duration period) {
        storms.put(api, new Storm(everyKth, System.nanoTime() + period.toNanos()));
        return this;
    }

    /** Next {@code count} requests get 500, 502, 503, 500... */
    public FaultSwitches serverErrors(FakeApi api, int count) {
        return add(api, null, count, FaultKind.SERVER_ERROR, 0);
    }

    /** Next {@code count} requests get {@code status}. */
    public FaultSwitches serverErrors(FakeApi api, int count, int status) {
        return add(api, null, count, FaultKind.SERVER_ERROR, status);
    }

    /** Next {@code count} requests are answered after {@link #timeoutDelay(Duration)} (default 30 s). */
    public FaultSwitches timeouts(FakeApi api, int count) {
        return add(api, null, count, FaultKind.TIMEOUT, 0);
    }

    /** The delay used by {@link FaultKind#TIMEOUT}. */
    public FaultSwitches timeoutDelay(Duration delay) {
        this.timeoutDelay = delay;
        return this;
    }

    /** Next {@code count} requests get their body cut in half. */
    public FaultSwitches truncatedBodies(FakeApi api, int count) {
        return add(api, null, count, FaultKind.TRUNCATED_BODY, 0);
    }

    /** Next {@code count} requests get a 200 with invalid JSON. */
    public FaultSwitches malformedJson(FakeApi api, int count) {
        return add(api, null, count, FaultKind.MALFORMED_JSON, 0);
    }

    /** Next {@code count} requests get an HTML error page with {@code status} (e.g. 503, or 200). */
    public FaultSwitches htmlErrors(FakeApi api, int count, int status) {
        return add(api, null, count, FaultKind.HTML_ERROR, status);
    }

    /** Next {@code count} requests have their connection reset. */
    public FaultSwitches connectionResets(FakeApi api, int count) {
        return add(api, null, count, FaultKind.CONNECTION_RESET, 0);
    }

    /**
     * Generic one-shot fault limited to paths matching {@code pathRegex} (null = any path of the API);
     * {@code status} is used by SERVER_ERROR and HTML_ERROR (0 = default).
     */
    public FaultSwitches inject(FakeApi api, String pathRegex, int count, FaultKind kind, int status) {
        return add(api, pathRegex, count, kind, status);
    }

    /** The next {@code count} dump downloads from the object store have bytes changed (SHA-256 mismatch). */
    public FaultSwitches corruptedDownloads(int count) {
        return add(FakeApi.OBJECT_STORE, null, count, FaultKind.CORRUPTED_BODY, 0);
    }

    /** The next {@code count} dump downloads from the object store stop halfway (200, half the bytes). */
    public FaultSwitches truncatedDownloads(int count) {
        return add(FakeApi.OBJECT_STORE, null, count, FaultKind.TRUNCATED_BODY, 0);
    }

    /** The next {@code count} dump listings have an empty {@code delayed_dumps}. */
    public FaultSwitches listingWithoutDelayedDumps(int count) {
        return add(FakeApi.DUMPS, "^/data/dumps/download/$", count, FaultKind.NO_DELAYED_DUMPS, 0);
    }

    /** The next {@code count} delayed-dump downloads redirect to themselves. */
    public FaultSwitches redirectLoops(int count) {
        return add(FakeApi.DUMPS, "/download/delayed/", count, FaultKind.REDIRECT_LOOP, 0);
    }

    /** The next {@code count} delayed-dump downloads answer 302 without a {@code Location}. */
    public FaultSwitches redirectsWithoutLocation(int count) {
        return add(FakeApi.DUMPS, "/download/delayed/", count, FaultKind.MISSING_LOCATION, 0);
    }

    /** Forces OpenF1's live-session refusal (401 with its {@code detail} message) on or off. */
    public FaultSwitches openF1LiveSession(boolean on) {
        this.openF1Live = on;
        return this;
    }

    /** When true (default), OpenF1 refuses every request while a session is running at the fake's "as of". */
    public FaultSwitches openF1RefuseDuringLiveSessions(boolean on) {
        this.refuseDuringLiveSessions = on;
        return this;
    }

    /** Clears every fault and latency (the live-session auto refusal returns to its default, on). */
    public synchronized FaultSwitches reset() {
        latency.clear();
        limits.clear();
        storms.clear();
        rules.clear();
        openF1Live = false;
        refuseDuringLiveSessions = true;
        openF1PlainTextRateLimit = false;
        timeoutDelay = Duration.ofSeconds(30);
        return this;
    }

    private synchronized FaultSwitches add(FakeApi api, String pathRegex, int count, FaultKind kind, int status) {
        if (count > 0) {
            rules.add(new Rule(api, pathRegex == null ? null : Pattern.compile(pathRegex), count, kind, status));
        }
        return this;
    }

    // ---- used by the router ----

    boolean openF1Live() {
        return openF1Live;
    }

    boolean refuseDuringLiveSessions() {
        return refuseDuringLiveSessions;
    }

    boolean openF1PlainTextRateLimit() {
        return openF1PlainTextRateLimit;
    }

    Duration timeoutDelay() {
        return timeoutDelay;
    }

    synchronized long latencyMillis(FakeApi api) {
        long[] l = latency.get(api);
        if (l == null) {
            return 0;
        }
        return l[0] == l[1] ? l[0] : ThreadLocalRandom.current().nextLong(l[0], l[1] + 1);
    }

    /** Counts the request against the limiter and the storm; returns RATE_LIMITED/STORM or null. */
    synchronized FaultKind throttle(FakeApi api) {
        long now = System.nanoTime();
        Limit limit = limits.get(api);
        if (limit != null) {
            if (now - limit.windowStart >= limit.windowNanos) {
                limit.windowStart = now;
                limit.count = 0;
            }
            if (++limit.count > limit.requests) {
                return FaultKind.RATE_LIMITED;
            }
        }
        Storm storm = storms.get(api);
        if (storm != null) {
            if (now > storm.until) {
                storms.remove(api);
            } else if (++storm.count % storm.everyKth == 0) {
                return FaultKind.STORM;
            }
        }
        return null;
    }

    synchronized Duration retryAfter(FakeApi api) {
        Limit l = limits.get(api);
        return l == null ? null : l.retryAfter;
    }

    /** Takes the next one-shot fault for this request, or null. */
    synchronized Rule take(FakeApi api, String path) {
        for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
            Rule r = it.next();
            if (r.api == api && (r.path == null || r.path.matcher(path).find())) {
                int used = r.used++;
                if (r.used >= r.count) {
                    it.remove();
                }
                return new Rule(api, r.path, 1, r.kind, r.status != 0 ? r.status
                        : r.kind == FaultKind.SERVER_ERROR ? new int[] {500, 502, 503}[used % 3]
                        : r.kind == FaultKind.HTML_ERROR ? 503 : 0);
            }
        }
        return null;
    }

    static final class Rule {
        final FakeApi api;
        final Pattern path;
        final int count;
        final FaultKind kind;
        final int status;
        int used;

        Rule(FakeApi api, Pattern path, int count, FaultKind kind, int status) {
            this.api = api;
            this.path = path;
            this.count = count;
            this.kind = kind;
            this.status = status;
        }
    }

    private static final class Limit {
        final int requests;
        final long windowNanos;
        final Duration retryAfter;
        long windowStart = System.nanoTime();
        int count;

        Limit(int requests, long windowNanos, Duration retryAfter) {
            this.requests = requests;
            this.windowNanos = windowNanos;
            this.retryAfter = retryAfter;
        }
    }

    private static final class Storm {
        final int everyKth;
        final long until;
        int count;

        Storm(int everyKth, long until) {
            this.everyKth = Math.max(1, everyKth);
            this.until = until;
        }
    }
}
