package org.f1pipeline.examples.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.f1pipeline.DataNotAvailableException;
import org.f1pipeline.F1Exception;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.job.FailureLine;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.storage.StorageBusyException;

/**
 * Turns a failure into what the user sees and the exit code: one {@code f1: ...} line for bad usage (exit 2), the
 * seed's JSON failure line for a failed job (exit 1), the same line with {@code "status":"not_available"} when the
 * data is not published yet (exit 3), or with {@code "status":"retry_later"} when the database is locked by another
 * process (exit 3: nothing was written, the next run will do it). Stack traces are shown only with
 * {@code --verbose}.
 */
final class Failures {

    private Failures() {
    }

    /**
     * Reports {@code error} on {@code err} and returns the exit code.
     *
     * @param command the job or command that failed (for the failure line)
     * @param job     the job, or null for a command such as {@code backfill}
     * @param params  the job's parameters, or null
     * @param verbose whether to print the stack trace of unexpected errors
     */
    static int report(PrintWriter err, String command, Job job, JobParams params, Throwable error, boolean verbose) {
        int code = exitCode(error);
        if (code == ExitCodes.USAGE) {
            err.println("f1: " + error.getMessage());
        } else {
            err.println(Output.json(line(command, job, params, error)));
            if (verbose && !(error instanceof F1Exception)) {
                error.printStackTrace(err);
            }
        }
        err.flush();
        return code;
    }

    /** 2 for bad input, 3 for data not available yet or a database locked by another process, 1 otherwise. */
    static int exitCode(Throwable error) {
        if (error instanceof CliException c) {
            return c.exitCode();
        }
        if (error instanceof InvalidInputException) {
            return ExitCodes.USAGE;
        }
        if (error instanceof DataNotAvailableException || error instanceof StorageBusyException) {
            return ExitCodes.NOT_AVAILABLE;
        }
        return ExitCodes.FAILED;
    }

    /** The seed's failure line (job, status, error, parameters, context). */
    static Map<String, Object> line(String command, Job job, JobParams params, Throwable error) {
        Map<String, Object> line;
        if (job != null) {
            line = new LinkedHashMap<>(FailureLine.fields(job, params, error));
        } else {
            line = new LinkedHashMap<>();
            line.put("job", command);
            line.put("status", "failed");
            line.put("error", error.getMessage() == null ? error.toString() : error.getMessage());
            line.put("error_type", error.getClass().getSimpleName());
            if (error instanceof F1Exception f1) {
                f1.context().forEach(line::putIfAbsent);
            }
        }
        if (error instanceof StorageBusyException) {
            line.put("status", "retry_later");
        } else if (exitCode(error) == ExitCodes.NOT_AVAILABLE) {
            line.put("status", "not_available");
        }
        return line;
    }
}
