package org.f1pipeline.testkit.dump;

import java.util.Objects;

/**
 * A dump held in memory: the zip's bytes and what they hold.
 *
 * @param zip     the {@code csv_dump.zip} bytes
 * @param summary size, SHA-256 and row counts
 */
public record JolpicaDump(byte[] zip, DumpSummary summary) {
    public JolpicaDump {
        Objects.requireNonNull(zip, "zip");
        Objects.requireNonNull(summary, "summary");
    }

    /** Lower-case hex SHA-256 of {@link #zip()}. */
    public String sha256() {
        return summary.sha256();
    }
}
