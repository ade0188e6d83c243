package org.f1pipeline.testkit.fake;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.f1pipeline.testkit.dump.JolpicaDump;
import org.f1pipeline.testkit.dump.JolpicaDumpWriter;

/**
 * The database dumps a fake Jolpica publishes ({@code /data/dumps/download/}), built on first use from the history
 * chosen in {@link FakeF1Options} and kept (a few) in memory.
 *
 * <p>Like Jolpica, a dump is made every day at {@link #UPLOAD_TIME} UTC and holds what was published then. The
 * <em>latest</em> dump is the last one made by the fake's "now"; the <em>delayed</em> (free) dump is the one made
 * {@code delayDays} earlier. With no "now" (everything published) both are the whole history, uploaded at
 * {@link #FIXED_UPLOAD}.
 */
public final class FakeDumps {
    /** Daily dump time of day (UTC). */
    public static final LocalTime UPLOAD_TIME = LocalTime.parse("03:00:01.123456");
    /** Upload instant used when the fake has no "now". */
    public static final Instant FIXED_UPLOAD = Instant.parse("2026-11-19T03:00:01.123456Z");
    /** The bucket of the object store, first path segment of a presigned URL. */
    public static final String BUCKET = "jolpica-f1-dumps";
    /** Lifetime of a presigned download URL ({@code X-Amz-Expires}), as Jolpica signs them. */
    public static final Duration URL_LIFETIME = Duration.ofHours(1);

    private static final byte[] SECRET = "fake-r2-secret".getBytes(StandardCharsets.US_ASCII);

    private final FakeF1Options options;
    private final Map<Optional<Instant>, CompletableFuture<JolpicaDump>> byUpload =
            new LinkedHashMap<>(8, 0.75f, true);

    FakeDumps(FakeF1Options options) {
        this.options = options;
    }

    /** Days the free dump lags behind ({@code delay_days}). */
    public int delayDays() {
        return options.dumpDelayDays();
    }

    /** When the latest dump as of {@code now} was made (null now = {@link #FIXED_UPLOAD}). */
    public Instant latestUpload(Instant now) {
        if (now == null) {
            return FIXED_UPLOAD;
        }
        Instant today = now.truncatedTo(ChronoUnit.DAYS).plusNanos(UPLOAD_TIME.toNanoOfDay());
        return today.isAfter(now) ? today.minus(Duration.ofDays(1)) : today;
    }

    /** When the delayed dump as of {@code now} was made. */
    public Instant delayedUpload(Instant now) {
        return now == null ? FIXED_UPLOAD : latestUpload(now).minus(Duration.ofDays(delayDays()));
    }

    /** The latest dump as of {@code now} (null = everything). */
    public JolpicaDump latest(Instant now) {
        return dump(now == null ? null : latestUpload(now));
    }

    /** The delayed (free) dump as of {@code now}: what {@code delayed_dumps.csv} describes and serves. */
    public JolpicaDump delayed(Instant now) {
        return dump(now == null ? null : delayedUpload(now));
    }

    /**
     * Builds the latest and the delayed dump of {@code now} in parallel and waits for both: call it before the timed
     * part of a test, because the first listing otherwise builds them (seconds per season with laps).
     */
    public void prepare(Instant now) {
        CompletableFuture<JolpicaDump> latest = future(now == null ? null : latestUpload(now));
        delayed(now);
        latest.join();
    }

    /** The dump made at {@code upload} (its content cut-off), or the whole history for null. */
    public JolpicaDump dump(Instant upload) {
        try {
            return future(upload).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The build of a dump, started once (asynchronously unless already done); a few are kept. */
    private CompletableFuture<JolpicaDump> future(Instant upload) {
        Optional<Instant> key = Optional.ofNullable(upload);
        synchronized (byUpload) {
            CompletableFuture<JolpicaDump> f = byUpload.get(key);
            if (f == null) {
                f = CompletableFuture.supplyAsync(() -> build(upload));
                byUpload.put(key, f);
                if (byUpload.size() > 4) {
                    byUpload.remove(byUpload.keySet().iterator().next());
                }
            }
            return f;
        }
    }

    private JolpicaDump build(Instant upload) {
        JolpicaDumpWriter w = options.dumpHistory() != null ? JolpicaDumpWriter.real(options.dumpHistory())
                : JolpicaDumpWriter.synthetic(options.history(), options.dumpFromYear(), options.dumpToYear())
                        .cutoff(upload);
        return w.toDump();
    }

    /** The dump whose SHA-256 starts with {@code hashPrefix} among those built so far, or null. */
    JolpicaDump byHashPrefix(String hashPrefix) {
        List<CompletableFuture<JolpicaDump>> all;
        synchronized (byUpload) {
            all = new ArrayList<>(byUpload.values());
        }
        return all.stream().filter(f -> f.isDone() && !f.isCompletedExceptionally()).map(CompletableFuture::join)
                .filter(d -> d.sha256().startsWith(hashPrefix)).findFirst().orElse(null);
    }

    /** Object key of a dump, as Jolpica names them: {@code dumps/2026-11-19/csv_1a40350d/jolpica-f1-csv.zip}. */
    static String key(Instant upload, JolpicaDump d) {
        return "dumps/" + upload.atZone(ZoneOffset.UTC).toLocalDate() + "/csv_" + d.sha256().substring(0, 8)
                + "/jolpica-f1-csv.zip";
    }

    /** Hex HMAC over what a presigned URL pins: path, signing time and lifetime. */
    static String signature(String path, String amzDate, String expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((path + "\n" + amzDate + "\n" + expires)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
