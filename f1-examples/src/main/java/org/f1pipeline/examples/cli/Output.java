package org.f1pipeline.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.f1pipeline.job.JobReport;

/** Text and JSON rendering shared by the commands. JSON is built from maps, so no record needs annotations. */
final class Output {

    private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Output() {
    }

    /** One line of compact JSON. */
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /** Indented JSON (for documents a person may also read, such as a prediction). */
    static String prettyJson(Object value) {
        try {
            return PRETTY.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /** A job report as a JSON-ready map. */
    static Map<String, Object> report(JobReport r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("job", r.job().jobName());
        m.put("status", "ok");
        m.putAll(r.params().asMap());
        m.put("started_at", r.startedAt().toString());
        m.put("duration_ms", r.duration().toMillis());
        m.put("rows_written", r.rowsWritten());
        m.put("requests", r.requests());
        m.put("notes", r.notes());
        return m;
    }

    /** {@code sync_schedule 2024: 24 rows (races 24), 2 requests, 120 ms} and one indented line per note. */
    static void printReport(PrintWriter out, JobReport r) {
        printReport(out, r, "");
    }

    /** {@link #printReport(PrintWriter, JobReport)} with every line indented by {@code indent}. */
    static void printReport(PrintWriter out, JobReport r, String indent) {
        Object target = r.params().raceKey() != null ? r.params().raceKey() : r.params().year();
        StringBuilder rows = new StringBuilder();
        r.rowsWritten().forEach((k, v) -> rows.append(rows.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        out.println(indent + r.job().jobName() + (target == null ? "" : " " + target) + ": " + r.totalRows() + " rows"
                + (rows.length() == 0 ? "" : " (" + rows + ")") + ", " + r.requests() + " requests, "
                + millis(r.duration()));
        r.notes().forEach(n -> out.println(indent + "  " + n));
        out.flush();
    }

    /** {@code 850 ms} or {@code 12.3 s}. */
    static String millis(Duration d) {
        long ms = d.toMillis();
        return ms < 1000 ? ms + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    /** {@code 0:07}, {@code 12:30} or {@code 2:03:04}. */
    static String clock(Duration d) {
        long s = Math.max(0, d.toSeconds());
        return s >= 3600 ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(java.util.Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** {@code value} as one word of a POSIX shell command line: as is when it is plain, else single-quoted. */
    static String shellWord(String value) {
        return !value.isEmpty() && value.matches("[A-Za-z0-9_./:=@%+,-]+") ? value
                : "'" + value.replace("'", "'\\''") + "'";
    }
}
