package org.f1pipeline.testkit.dump;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a written dump holds.
 *
 * @param sizeBytes size of the zip
 * @param sha256    lower-case hex SHA-256 of the zip (Jolpica's {@code file_hash})
 * @param rows      rows per table, by table name ({@code formula_one_lap} ...), in name order
 */
public record DumpSummary(long sizeBytes, String sha256, Map<String, Long> rows) {
    public DumpSummary {
        Objects.requireNonNull(sha256, "sha256");
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }

    /** Rows of one table, e.g. {@code rows("lap")} (0 when absent). */
    public long rows(String model) {
        return rows.getOrDefault("formula_one_" + model, 0L);
    }
}
