package org.f1pipeline.testkit.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.f1pipeline.testkit.dump.JolpicaDump;

/**
 * Jolpica's dump endpoints on the API host, below {@code /data/dumps}: {@code /download/} (the listing of
 * docs/endpoints/data/dumps.md), {@code /download/delayed/?dump_type=csv} (302 to a presigned object-store URL,
 * jolpica_api/dumps) and {@code /download/latest/} (401: the latest dump needs an account).
 */
final class DumpRoutes implements Routes {
    static final String LISTING = "/download/";
    static final String DELAYED = "/download/delayed/";
    static final String LATEST = "/download/latest/";
    private static final DateTimeFormatter UPLOADED = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final FakeDumps dumps;
    private final Supplier<String> objectStoreOrigin;

    DumpRoutes(FakeDumps dumps, Supplier<String> objectStoreOrigin) {
        this.dumps = dumps;
        this.objectStoreOrigin = objectStoreOrigin;
    }

    @Override
    public String endpoint(String sub) {
        return switch (sub) {
            case LISTING -> "dumps";
            case DELAYED -> "dumps/delayed";
            case LATEST -> "dumps/latest";
            default -> "dumps" + sub;
        };
    }

    @Override
    public Reply handle(FakeRequest req) {
        String type = param(req.rawQuery(), "dump_type");
        switch (req.path()) {
            case LISTING -> {
                return Reply.json(200, listing(req).toString());
            }
            case DELAYED -> {
                if (!"csv".equals(type)) {
                    return Reply.json(400, "{\"detail\":\"Invalid dump_type. Available types: csv\"}");
                }
                Instant upload = dumps.delayedUpload(req.asOf());
                JolpicaDump d = dumps.delayed(req.asOf());
                return Reply.text(302, "text/html; charset=utf-8", "")
                        .header("Location", presigned(FakeDumps.key(upload, d), now(req)));
            }
            case LATEST -> {
                return Reply.json(401, "{\"detail\":\"Authentication credentials were not provided.\"}");
            }
            default -> {
                return Reply.djangoNotFound(req.path());
            }
        }
    }

    /** The listing; the fault {@link FaultKind#NO_DELAYED_DUMPS} empties {@code delayed_dumps}. */
    ObjectNode listing(FakeRequest req) {
        dumps.prepare(req.asOf()); // both builds at once on two cores
        ObjectNode root = JolpicaJson.F.objectNode();
        root.putArray("available_types").add("csv");
        root.putObject("latest_dumps").set("csv", describe(dumps.latestUpload(req.asOf()), dumps.latest(req.asOf()),
                req.base() + "/data/dumps" + LATEST + "?dump_type=csv"));
        root.putObject("delayed_dumps").set("csv", describe(dumps.delayedUpload(req.asOf()),
                dumps.delayed(req.asOf()), req.base() + "/data/dumps" + DELAYED + "?dump_type=csv"));
        root.put("delay_days", dumps.delayDays());
        return root;
    }

    private static ObjectNode describe(Instant upload, JolpicaDump d, String url) {
        ObjectNode n = JolpicaJson.F.objectNode();
        n.put("dump_type", "csv");
        n.put("file_hash", d.sha256());
        n.put("file_size", d.summary().sizeBytes());
        n.put("uploaded_at", UPLOADED.format(upload));
        n.put("download_url", url);
        return n;
    }

    /** A query parameter's decoded value, or null. */
    static String param(String rawQuery, String name) {
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String k = eq < 0 ? pair : pair.substring(0, eq);
            if (k.equals(name)) {
                return java.net.URLDecoder.decode(eq < 0 ? "" : pair.substring(eq + 1),
                        java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private static Instant now(FakeRequest req) {
        return (req.asOf() != null ? req.asOf() : Instant.now()).truncatedTo(ChronoUnit.SECONDS);
    }

    /** An S3 SigV4-style presigned GET URL on the object-store host, valid {@link FakeDumps#URL_LIFETIME}. */
    private String presigned(String key, Instant now) {
        String path = "/" + FakeDumps.BUCKET + "/" + key;
        String amzDate = AMZ_DATE.format(now);
        String expires = String.valueOf(FakeDumps.URL_LIFETIME.toSeconds());
        return objectStoreOrigin.get() + path + "?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                + "&X-Amz-Credential=0f1fake0r2key%2F" + amzDate.substring(0, 8) + "%2Fauto%2Fs3%2Faws4_request"
                + "&X-Amz-Date=" + amzDate + "&X-Amz-Expires=" + expires + "&X-Amz-SignedHeaders=host"
                + "&X-Amz-Signature=" + FakeDumps.signature(path, amzDate, expires);
    }
}
