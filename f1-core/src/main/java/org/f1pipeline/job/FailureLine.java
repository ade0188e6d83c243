package org.f1pipeline.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.f1pipeline.F1Exception;
import org.f1pipeline.InvalidInputException;

/**
 * The seed engine's structured failure line, one JSON object on one line:
 * {@code {"job":"ingest_race","status":"failed","error":"...","error_type":"DataNotAvailableException","year":2024,
 * "round":5,"race_id":"2024-05", ...context}}. The context comes from the parameters and from
 * {@link F1Exception#context()} (URL, HTTP status, storage operation, offending field).
 */
public final class FailureLine {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FailureLine() {
    }

    /** The failure line as an ordered map (for callers that add fields or emit another format). */
    public static Map<String, Object> fields(Job job, JobParams params, Throwable error) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("job", job == null ? null : job.jobName());
        line.put("status", "failed");
        line.put("error", error.getMessage() == null ? error.toString() : error.getMessage());
        line.put("error_type", error.getClass().getSimpleName());
        if (params != null) {
            params.asMap().forEach(line::putIfAbsent);
        }
        if (error instanceof F1Exception f1) {
            f1.context().forEach(line::putIfAbsent);
        } else if (error instanceof InvalidInputException bad) {
            bad.context().forEach(line::putIfAbsent);
        }
        return line;
    }

    /** The failure line as compact JSON. */
    public static String of(Job job, JobParams params, Throwable error) {
        try {
            return JSON.writeValueAsString(fields(job, params, error));
        } catch (JsonProcessingException e) {
            // Context values are plain scalars, so this cannot happen; keep a valid line anyway.
            return "{\"job\":\"" + job + "\",\"status\":\"failed\",\"error\":\"unserialisable error\"}";
        }
    }
}
