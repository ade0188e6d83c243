package org.f1pipeline.testkit.fault;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.f1pipeline.fetch.CacheConfig;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.Fetchers;
import org.f1pipeline.fetch.RateLimitConfig;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.source.jolpica.JolpicaClient;
import org.f1pipeline.source.jolpica.JolpicaConfig;
import org.f1pipeline.source.openf1.OpenF1Client;
import org.f1pipeline.source.openf1.OpenF1Endpoint;
import org.f1pipeline.source.openf1.OpenF1Query;

/**
 * Reads one big, valid page through the library's whole fetch stack (rate limiter, retries, the response cache)
 * and source client, twice (from the network, then from the cache), and prints the rows and the heap it took: the
 * memory check of issue 10 ("-Xmx256m handles a 60 MB page"). A local {@link FaultProxy} streams the page from
 * {@link OversizedBodies}, so the server side holds none of it. Run it in its own JVM with the heap to test:
 *
 * <pre>
 * java -Xmx256m -cp "$(cat f1-examples/target/cp.txt)" org.f1pipeline.testkit.fault.BigPage openf1 60
 * </pre>
 *
 * <p>Arguments: {@code openf1} (a {@code laps} answer) or {@code jolpica} (a 30-race schedule page whose races
 * carry a large unknown field), and the size in megabytes. Prints one {@code pass=} line per pass and a
 * {@code peak_heap_mb=} line: the peak of the heap in use sampled every 2 ms (garbage included) and the peak of the
 * heap still in use after a collection (what the reading really keeps). Exit code 0; 1 after an
 * {@link OutOfMemoryError}.
 */
public final class BigPage {

    private BigPage() {
    }

    /** Runs the check; see the class comment for the arguments. */
    public static void main(String[] args) throws IOException {
        String kind = args[0];
        long bytes = Long.parseLong(args[1]) * 1_000_000L;
        AtomicLong sampled = startSampler();
        AtomicLong afterGc = watchCollections();
        Path cache = Files.createTempDirectory("f1-bigpage");
        long t0 = System.nanoTime();
        try (FaultProxy server = FaultProxy.start("http://127.0.0.1:9")) {
            OversizedBodies.Generated body = kind.equals("openf1") ? OversizedBodies.openF1Laps(bytes, 1229, 9472)
                    : OversizedBodies.jolpicaSchedule(2019, 30, (int) (bytes / 30));
            server.generate(".*", 1, body);
            URI openF1 = URI.create(server.baseUrl() + "/v1");
            URI jolpica = URI.create(server.baseUrl() + "/ergast/f1");
            Fetcher fetcher = Fetchers.builder().config(FetchConfig.builder()
                    .source(SourceConfig.openF1().withBaseUrl(URI.create(openF1 + "/"))
                            .withRateLimit(RateLimitConfig.unlimited()))
                    .source(SourceConfig.jolpica().withBaseUrl(URI.create(jolpica + "/"))
                            .withRateLimit(RateLimitConfig.unlimited()))
                    .cache(CacheConfig.at(cache)).build()).build();
            for (int pass = 1; pass <= 2; pass++) {
                int rows = kind.equals("openf1")
                        ? OpenF1Client.builder(fetcher).baseUri(openF1).build().query(OpenF1Endpoint.LAPS,
                                OpenF1Query.empty().eq("session_key", 9472), Instant.parse("2024-03-02T17:00:00Z"))
                                .size()
                        : new JolpicaClient(fetcher, JolpicaConfig.from(SourceConfig.jolpica()
                                .withBaseUrl(URI.create(jolpica + "/")))).schedule(2019).size();
                System.out.println("pass=" + pass + " rows=" + rows + " expected=" + body.rows() + " body_mb="
                        + body.bytes() / 1_000_000 + " requests=" + server.seen().size());
            }
        } catch (OutOfMemoryError e) {
            System.out.println("OOM " + e);
            System.exit(1);
        } finally {
            deleteTree(cache);
        }
        System.out.println("peak_heap_mb=" + sampled.get() / 1_048_576 + " peak_live_heap_mb="
                + afterGc.get() / 1_048_576 + " max_heap_mb=" + Runtime.getRuntime().maxMemory() / 1_048_576
                + " seconds=" + String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e9));
    }

    /** The heap in use, sampled every 2 ms: an upper bound that includes garbage not collected yet. */
    private static AtomicLong startSampler() {
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            Runtime rt = Runtime.getRuntime();
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        return peak;
    }

    /** The heap still in use after each collection: what is really kept while the page is read. */
    private static AtomicLong watchCollections() {
        AtomicLong peak = new AtomicLong();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((n, handback) -> {
                    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
                        return;
                    }
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                            .from((CompositeData) n.getUserData());
                    long used = 0;
                    for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        if (!e.getKey().contains("Metaspace") && !e.getKey().contains("Code")
                                && !e.getKey().contains("Class")) {
                            used += e.getValue().getUsed();
                        }
                    }
                    peak.accumulateAndGet(used, Math::max);
                }, null, null);
            }
        }
        return peak;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder: the OS cleans it eventually
        }
    }
}
