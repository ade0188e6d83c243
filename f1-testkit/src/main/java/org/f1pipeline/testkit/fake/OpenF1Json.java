package org.f1pipeline.testkit.fake;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeMap;

/** OpenF1 value formats: ISO dates with {@code +00:00} (microseconds when non-zero), rows with sorted keys. */
final class OpenF1Json {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private OpenF1Json() {
    }

    static String date(Instant t) {
        int micros = t.getNano() / 1000;
        return SECONDS.format(t) + (micros == 0 ? "" : String.format(".%06d", micros)) + "+00:00";
    }

    /** A row; keys come out alphabetically, like the real API's documents. */
    static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new TreeMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
