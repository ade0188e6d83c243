package org.f1pipeline.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.f1pipeline.fetch.internal.DiskResponseCache;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseCacheTest {

    private static final URI LAPS = URI.create("https://api.openf1.org/v1/laps?meeting_key=1229");

    @TempDir
    Path dir;

    private final TestTime time = new TestTime();
    private final AtomicInteger calls = new AtomicInteger();
    private volatile RuntimeException failNext;

    private final Fetcher transport = request -> {
        calls.incrementAndGet();
        if (failNext != null) {
            throw failNext;
        }
        byte[] body = ("[{\"n\":" + calls.get() + "}]").getBytes(StandardCharsets.UTF_8);
        return new FetchResponse(request.uri(), 200, Map.of("Content-Type", List.of("application/json")), body,
                body.length, Duration.ofMillis(5), false);
    };

    private Fetcher fetcher(CacheConfig cache) {
        FetchConfig config = FetchConfig.builder().cache(cache).retry(RetryPolicy.none())
                .defaultRateLimit(RateLimitConfig.unlimited())
                .source(SourceConfig.openF1().withRateLimit(RateLimitConfig.unlimited())).build();
        return Fetchers.builder().config(config).transport(transport).clock(time.clock).ticker(time.ticker)
                .sleeper(time.sleeper).build();
    }

    private CacheConfig config() {
        return CacheConfig.at(dir).withTtl(Duration.ofMinutes(15)).withImmutableAfter(Duration.ofHours(24));
    }

    /** The cache's entry files (the limiters' shared windows live apart, in {@code rate-limits/}). */
    private static List<Path> files(Path root) throws IOException {
        Path limits = root.resolve(Fetchers.RATE_LIMIT_FOLDER);
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.startsWith(limits)).toList();
        }
    }

    @Test
    @DisplayName("a second fetch of a fresh entry is served from the cache without a request")
    void hitWithoutRequest() {
        Fetcher f = fetcher(config());
        FetchResponse first = f.fetch(FetchRequest.of("openf1", "laps", LAPS));
        FetchResponse second = f.fetch(FetchRequest.of("openf1", "laps", LAPS));
        assertThat(calls).hasValue(1);
        assertThat(first.fromCache()).isFalse();
        assertThat(second.fromCache()).isTrue();
        assertThat(second.text()).isEqualTo(first.text());
        assertThat(second.uri()).isEqualTo(LAPS);
    }

    @Test
    @DisplayName("entry files are named by the SHA-256 of the URL; nothing of the URL reaches the file system")
    void safeFileNames() throws IOException {
        URI nasty = URI.create("https://evil.example/../../etc/passwd?x=..%2F..%2F&y=%00");
        fetcher(config()).fetch(FetchRequest.of("x", "x", nasty));
        List<Path> files = files(dir);
        assertThat(files).hasSize(1);
        Path f = files.get(0);
        assertThat(f.startsWith(dir)).isTrue();
        assertThat(dir.relativize(f).toString().replace('\\', '/')).matches("[0-9a-f]{2}/[0-9a-f]{64}\\.entry");
        assertThat(f.getFileName().toString()).startsWith(dir.relativize(f).getName(0).toString());
    }

    @Test
    @DisplayName("writes are atomic: no temporary file is left behind and the entry is complete")
    void atomicWrites() throws IOException {
        Fetcher f = fetcher(config());
        for (int i = 0; i < 5; i++) {
            f.fetch(FetchRequest.of("openf1", "laps", LAPS).withCacheMode(CacheMode.REFRESH));
        }
        assertThat(files(dir)).hasSize(1).allMatch(p -> p.getFileName().toString().endsWith(".entry"));
        assertThat(f.fetch(FetchRequest.of("openf1", "laps", LAPS)).text()).isEqualTo("[{\"n\":5}]");
    }

    /** Accepts {@code [{"n":k}]} only for k at least {@code min}: a stand-in for a source's checks. */
    private static BodyParser<Integer> atLeast(int min) {
        return body -> {
            int n = org.f1pipeline.fetch.internal.JsonStreams.tree(body).get(0).get("n").asInt();
            if (n < min) {
                throw new SourceFormatException(body.uri(), "n is " + n + ", below " + min, body.snippet(), null);
            }
            return n;
        };
    }

    @Test
    @DisplayName("parsed fetches: an answer the parser rejects is not stored, one it accepts is, and serves later")
    void onlyWhatParsedIsStored() {
        Fetcher f = fetcher(config());
        FetchRequest request = FetchRequest.of("openf1", "laps", LAPS);
        assertThatThrownBy(() -> f.fetch(request, atLeast(2))).isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("n is 1");
        Parsed<Integer> second = f.fetch(request, atLeast(2));
        Parsed<Integer> third = f.fetch(request, atLeast(2));
        assertThat(List.of(second.value(), second.attempts())).containsExactly(2, 1);
        assertThat(second.fromCache()).isFalse();
        assertThat(List.of(third.value(), third.attempts())).containsExactly(2, 0);
        assertThat(third.fromCache()).isTrue();
        assertThat(calls).hasValue(2);
    }

    @Test
    @DisplayName("parsed fetches: a cached copy the parser rejects is evicted and fetched again once")
    void rejectedCachedCopyIsFetchedAgainOnce() {
        Fetcher f = fetcher(config());
        FetchRequest request = FetchRequest.of("openf1", "laps", LAPS);
        f.fetch(request);
        Parsed<Integer> parsed = f.fetch(request, atLeast(2));
        assertThat(parsed.value()).isEqualTo(2);
        assertThat(parsed.fromCache()).isFalse();
        assertThat(calls).hasValue(2);
        assertThatThrownBy(() -> f.fetch(request, atLeast(5))).isInstanceOf(SourceFormatException.class)
                .hasMessageContaining("n is 3").hasMessageContaining("fetched again after the response cache's copy")
                .hasMessageContaining("n is 2");
        assertThat(calls).hasValue(3);
        assertThat(ResponseCache.open(config(), time.clock).contains(LAPS)).as("nothing was kept").isFalse();
    }

    @Test
    @DisplayName("a corrupted entry (truncated, bit-flipped or garbage) is dropped and refetched")
    void corruptedEntryIsRefetched() throws IOException {
        Fetcher f = fetcher(config());
        DiskResponseCache cache = new DiskResponseCache(config(), time.clock);
        Path entry = cache.pathFor(LAPS);
        f.fetch(FetchRequest.of("openf1", "laps", LAPS));
        byte[] good = Files.readAllBytes(entry);

        Files.write(entry, java.util.Arrays.copyOf(good, good.length - 3));
        assertThat(f.fetch(FetchRequest.of("openf1", "laps", LAPS)).fromCache()).isFalse();

        byte[] flipped = Files.readAllBytes(entry);
        flipped[flipped.length - 2] ^= 0x20;
        Files.write(entry, flipped);
        assertThat(f.fetch(FetchRequest.of("openf1", "laps", LAPS)).fromCache()).isFalse();

        Files.writeString(entry, "not a cache entry at all");
        assertThat(f.fetch(FetchRequest.of("openf1", "laps", LAPS)).fromCache()).isFalse();
        assertThat(calls).hasValue(4);
        assertThat(f.fetch(FetchRequest.of("openf1", "laps", LAPS)).fromCache()).isTrue();
    }

    @Test
    @DisplayName("data fetched a day after its session ended never expires; other data expires after the ttl")
    void immutableVersusExpiring() {
        Fetcher f = fetcher(config());
        Instant now = time.clock.instant();
        FetchRequest old = FetchRequest.of("openf1", "laps", LAPS).withSessionEnd(now.minus(Duration.ofDays(30)));
        FetchRequest recent = FetchRequest.of("openf1", "laps", URI.create(LAPS + "1"))
                .withSessionEnd(now.minus(Duration.ofHours(2)));
        FetchRequest unbound = FetchRequest.of("openf1", "meetings", URI.create(LAPS + "2"));
        f.fetch(old);
        f.fetch(recent);
        f.fetch(unbound);
        time.advance(Duration.ofDays(400));
        assertThat(f.fetch(old).fromCache()).isTrue();
        assertThat(f.fetch(recent).fromCache()).as("fetched 2 h after the session: not final yet").isFalse();
        assertThat(f.fetch(unbound).fromCache()).isFalse();
        assertThat(calls).hasValue(5);
        time.advance(Duration.ofMinutes(10));
        assertThat(f.fetch(unbound).fromCache()).as("within the ttl").isTrue();
        assertThat(f.fetch(recent).fromCache()).as("refetched long after: now immutable").isTrue();
    }

    @Test
    @DisplayName("offline mode serves even stale entries and fails with every missing URL")
    void offline() {
        fetcher(config()).fetch(FetchRequest.of("openf1", "laps", LAPS));
        time.advance(Duration.ofDays(3));
        Fetcher offline = fetcher(config().withOffline(true));
        assertThat(offline.fetch(FetchRequest.of("openf1", "laps", LAPS)).fromCache()).isTrue();
        URI missing = URI.create("https://api.openf1.org/v1/pit?meeting_key=1229");
        assertThatThrownBy(() -> offline.fetch(FetchRequest.of("openf1", "pit", missing)))
                .isInstanceOf(OfflineCacheMissException.class)
                .hasMessageContaining(missing.toString())
                .satisfies(e -> assertThat(((OfflineCacheMissException) e).missing()).containsExactly(missing));
        assertThat(calls).hasValue(1);

        ResponseCache cache = ResponseCache.open(config(), time.clock);
        URI alsoMissing = URI.create("https://api.openf1.org/v1/stints?meeting_key=1229");
        assertThat(cache.missing(List.of(LAPS, missing, alsoMissing))).containsExactly(missing, alsoMissing);
        assertThatThrownBy(() -> cache.requireAll(List.of(LAPS, missing, alsoMissing)))
                .isInstanceOf(OfflineCacheMissException.class)
                .hasMessageContaining("2 response(s) not in the cache")
                .hasMessageContaining(missing.toString()).hasMessageContaining(alsoMissing.toString());
    }

    @Test
    @DisplayName("size counts entries and bytes; clear removes them and leaves foreign files alone")
    void sizeAndClear() throws IOException {
        Fetcher f = fetcher(config());
        for (int i = 0; i < 3; i++) {
            f.fetch(FetchRequest.of("openf1", "laps", URI.create(LAPS + "&i=" + i)));
        }
        Path foreign = Files.writeString(dir.resolve("notes.txt"), "mine");
        ResponseCache cache = ResponseCache.open(config(), time.clock);
        ResponseCache.Stats stats = cache.size();
        assertThat(stats.entries()).isEqualTo(3);
        assertThat(stats.bytes()).isGreaterThan(3 * 10L);
        cache.clear();
        assertThat(cache.size()).isEqualTo(new ResponseCache.Stats(0, 0));
        assertThat(foreign).exists();
        assertThat(f.fetch(FetchRequest.of("openf1", "laps", URI.create(LAPS + "&i=0"))).fromCache()).isFalse();
    }

    @Test
    @DisplayName("URLs differing only in host case or default port share one entry")
    void normalisation() {
        assertThat(DiskResponseCache.normalise(URI.create("HTTPS://API.OpenF1.org:443/v1/laps?a=B#frag")))
                .isEqualTo("https://api.openf1.org/v1/laps?a=B");
        Fetcher f = fetcher(config());
        f.fetch(FetchRequest.of("openf1", "laps", URI.create("https://API.openf1.org:443/v1/laps?meeting_key=1229")));
        assertThat(f.fetch(FetchRequest.of("openf1", "laps", LAPS)).fromCache()).isTrue();
    }

    @Test
    @DisplayName("refresh mode refetches; bypass mode neither reads nor writes; stale-if-error serves old data")
    void modesAndStaleIfError() {
        Fetcher f = fetcher(config());
        f.fetch(FetchRequest.of("openf1", "laps", LAPS));
        assertThat(f.fetch(FetchRequest.of("openf1", "laps", LAPS).withCacheMode(CacheMode.REFRESH)).fromCache())
                .isFalse();
        URI other = URI.create(LAPS + "9");
        f.fetch(FetchRequest.of("openf1", "laps", other).withCacheMode(CacheMode.BYPASS));
        assertThat(ResponseCache.open(config(), time.clock).contains(other)).isFalse();

        time.advance(Duration.ofHours(1));
        failNext = new HttpStatusException(LAPS, 503, 1, "down", null);
        FetchResponse stale = f.fetch(FetchRequest.of("openf1", "laps", LAPS));
        assertThat(stale.fromCache()).isTrue();
        failNext = new HttpStatusException(LAPS, 404, 1, "gone", null);
        assertThatThrownBy(() -> f.fetch(FetchRequest.of("openf1", "laps", LAPS)))
                .isInstanceOf(HttpStatusException.class);
    }

    @Test
    @DisplayName("an HTML page answered with 200 (a CDN error page) is not cached")
    void htmlNotCached() {
        Fetcher f = Fetchers.builder()
                .config(FetchConfig.builder().cache(config()).defaultRateLimit(RateLimitConfig.unlimited()).build())
                .transport(r -> new FetchResponse(r.uri(), 200, Map.of("content-type", List.of("text/html")),
                        "<html>oops</html>".getBytes(StandardCharsets.UTF_8), 17, Duration.ZERO, false))
                .clock(time.clock).ticker(time.ticker).sleeper(time.sleeper).build();
        URI u = URI.create("https://cdn.example/x");
        f.fetch(FetchRequest.get(u));
        assertThat(ResponseCache.open(config(), time.clock).contains(u)).isFalse();
    }
}
