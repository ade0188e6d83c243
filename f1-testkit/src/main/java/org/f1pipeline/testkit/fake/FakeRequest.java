package org.f1pipeline.testkit.fake;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A request as the route classes see it.
 *
 * @param path     decoded path below the API prefix, e.g. {@code /2024/5/results.json}
 * @param rawQuery raw query string (operators like {@code >=} kept as sent), or empty
 * @param base     scheme, host and port, e.g. {@code http://127.0.0.1:34567}
 * @param asOf     the fake's "now", or null when everything is published
 */
record FakeRequest(String path, String rawQuery, String base, Instant asOf) {

    /** True when something that ends at {@code end} is published. */
    boolean published(Instant end) {
        return asOf == null || !end.isAfter(asOf);
    }

    static String decodePath(String raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
