package org.f1pipeline.testkit.fake;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A response before faults and latency are applied.
 *
 * @param status      HTTP status
 * @param contentType Content-Type header
 * @param body        body bytes
 * @param headers     extra headers
 */
record Reply(int status, String contentType, byte[] body, Map<String, String> headers) {

    static Reply json(int status, String json) {
        return new Reply(status, "application/json", json.getBytes(StandardCharsets.UTF_8), new LinkedHashMap<>());
    }

    static Reply text(int status, String contentType, String text) {
        return new Reply(status, contentType, text.getBytes(StandardCharsets.UTF_8), new LinkedHashMap<>());
    }

    Reply header(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Reply(status, contentType, body, h);
    }

    Reply withBody(byte[] newBody) {
        return new Reply(status, contentType, newBody, headers);
    }

    /** Django's HTML 404 page, what Jolpica answers for paths no route matches. */
    static Reply djangoNotFound(String path) {
        return text(404, "text/html; charset=utf-8", "<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Not Found</title>\n"
                + "</head>\n<body>\n  <h1>Not Found</h1><p>The requested resource was not found on this server.</p>\n"
                + "</body>\n</html>\n");
    }

    /** The S3 "Access Denied" page the live-timing archive answers for missing files. */
    static Reply s3AccessDenied() {
        return text(403, "application/xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>AccessDenied</Code>"
                + "<Message>Access Denied</Message></Error>");
    }
}
