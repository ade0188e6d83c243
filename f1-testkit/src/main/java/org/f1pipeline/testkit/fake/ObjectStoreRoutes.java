package org.f1pipeline.testkit.fake;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.f1pipeline.testkit.dump.JolpicaDump;

/**
 * The object store behind Jolpica's dump downloads (an S3-compatible bucket on its own host): serves a dump's zip for
 * a valid, unexpired presigned URL; otherwise S3's XML errors (403 {@code AccessDenied} "Request has expired",
 * 403 {@code SignatureDoesNotMatch}, 404 {@code NoSuchKey}).
 */
final class ObjectStoreRoutes implements Routes {
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final FakeDumps dumps;

    ObjectStoreRoutes(FakeDumps dumps) {
        this.dumps = dumps;
    }

    @Override
    public String endpoint(String sub) {
        return sub.substring(sub.lastIndexOf('/') + 1);
    }

    @Override
    public Reply handle(FakeRequest req) {
        String path = "/" + FakeDumps.BUCKET + req.path();
        String amzDate = DumpRoutes.param(req.rawQuery(), "X-Amz-Date");
        String expires = DumpRoutes.param(req.rawQuery(), "X-Amz-Expires");
        String signature = DumpRoutes.param(req.rawQuery(), "X-Amz-Signature");
        if (amzDate == null || expires == null || signature == null) {
            return error(403, "AccessDenied", "Access Denied");
        }
        if (!FakeDumps.signature(path, amzDate, expires).equals(signature)) {
            return error(403, "SignatureDoesNotMatch", "The request signature we calculated does not match the "
                    + "signature you provided. Check your secret access key and signing method.");
        }
        Instant signedAt;
        try {
            signedAt = Instant.from(AMZ_DATE.parse(amzDate));
        } catch (DateTimeParseException e) {
            return error(403, "AccessDenied", "Access Denied");
        }
        Instant now = req.asOf() != null ? req.asOf() : Instant.now();
        if (now.isAfter(signedAt.plusSeconds(Long.parseLong(expires)))) {
            return error(403, "AccessDenied", "Request has expired");
        }
        // Key: dumps/<date>/csv_<hash8>/jolpica-f1-csv.zip
        String[] parts = req.path().split("/");
        JolpicaDump d = parts.length == 5 && parts[3].startsWith("csv_")
                ? dumps.byHashPrefix(parts[3].substring(4)) : null;
        if (d == null || !parts[4].equals("jolpica-f1-csv.zip")) {
            return error(404, "NoSuchKey", "The specified key does not exist.");
        }
        return new Reply(200, "application/zip", d.zip(), new java.util.LinkedHashMap<>())
                .header("ETag", "\"" + d.sha256().substring(0, 32) + "\"");
    }

    private static Reply error(int status, String code, String message) {
        return Reply.text(status, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code
                + "</Code><Message>" + message + "</Message></Error>");
    }
}
