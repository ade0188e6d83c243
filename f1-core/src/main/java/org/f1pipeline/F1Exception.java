package org.f1pipeline;

import java.util.Map;

/**
 * Root of every exception the library throws on purpose while working; bad input, refused before any work, is
 * {@link InvalidInputException} (an {@link IllegalArgumentException}).
 *
 * <p>Unchecked, so callers handle only the families they care about: {@link DataNotAvailableException}
 * ("not published yet, retry later"), {@code org.f1pipeline.fetch.FetchException} (HTTP), {@code org.f1pipeline.fetch.SourceFormatException}
 * (a payload we cannot read), {@code org.f1pipeline.storage.StorageException} (database) and
 * {@code org.f1pipeline.job.JobException} (a job that failed). Each family carries the context a user needs to
 * act: the URL, the storage operation, the job and its parameters.
 */
public abstract class F1Exception extends RuntimeException {

    protected F1Exception(String message) {
        super(message);
    }

    protected F1Exception(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Structured context for logs and the failure line, e.g. {@code url}, {@code http_status}, {@code operation},
     * {@code field}. Families override this; keys are snake_case.
     */
    public Map<String, Object> context() {
        return Map.of();
    }
}
