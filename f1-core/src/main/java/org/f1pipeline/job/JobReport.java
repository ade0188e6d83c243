package org.f1pipeline.job;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.f1pipeline.internal.Checks;

/**
 * What a successful job run did.
 *
 * @param rowsWritten rows written per kind (e.g. {@code race_results -> 20}), sorted by kind
 * @param requests    HTTP requests made (cache hits excluded)
 * @param notes       human-readable remarks (e.g. "status stays sprint_qualifying_done: guard did not match")
 */
public record JobReport(Job job, JobParams params, Instant startedAt, Duration duration,
                        Map<String, Integer> rowsWritten, int requests, List<String> notes) {

    public JobReport {
        Checks.notNull(job, "report.job");
        Checks.notNull(params, "report.params");
        Checks.notNull(startedAt, "report.startedAt");
        Checks.notNull(duration, "report.duration");
        rowsWritten = Map.copyOf(new TreeMap<>(Checks.notNull(rowsWritten, "report.rowsWritten")));
        Checks.nonNegative(requests, "report.requests");
        notes = List.copyOf(Checks.notNull(notes, "report.notes"));
    }

    /** Total rows written across kinds. */
    public int totalRows() {
        return rowsWritten.values().stream().mapToInt(Integer::intValue).sum();
    }
}
