package org.f1pipeline.job.internal;

import java.util.List;
import java.util.Map;

/** What a job handler reports back: rows written per kind, requests made, and remarks for the user. */
public record JobOutcome(Map<String, Integer> rowsWritten, int requests, List<String> notes) {

    public JobOutcome {
        rowsWritten = Map.copyOf(rowsWritten);
        notes = List.copyOf(notes);
    }
}
