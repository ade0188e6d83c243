package org.f1pipeline.testkit.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.f1pipeline.fetch.FetchListener;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.FetchResponse;

/** A {@link FetchListener} that records every event, for assertions. Thread-safe. */
public final class RecordingListener implements FetchListener {

    /**
     * A retry the fetch layer announced.
     *
     * @param uri     the URL
     * @param attempt the attempt that failed
     * @param delay   the wait before the next attempt
     * @param reason  e.g. "HTTP 429"
     */
    public record Retry(URI uri, int attempt, Duration delay, String reason) {
    }

    /**
     * A task event of the parallel executor.
     *
     * @param kind     "started", "completed" or "failed"
     * @param task     the task name
     * @param duration its duration (zero for "started")
     * @param rows     rows for "completed", else 0
     * @param error    the error for "failed", else null
     */
    public record TaskEvent(String kind, String task, Duration duration, long rows, Throwable error) {
    }

    private final List<FetchRequest> requests = new CopyOnWriteArrayList<>();
    private final List<FetchResponse> responses = new CopyOnWriteArrayList<>();
    private final List<Retry> retries = new CopyOnWriteArrayList<>();
    private final List<Duration> throttles = new CopyOnWriteArrayList<>();
    private final List<FetchRequest> cacheHits = new CopyOnWriteArrayList<>();
    private final List<TaskEvent> tasks = new CopyOnWriteArrayList<>();

    @Override
    public void onRequest(FetchRequest request, int attempt) {
        requests.add(request);
    }

    @Override
    public void onResponse(FetchRequest request, FetchResponse response) {
        responses.add(response);
    }

    @Override
    public void onRetry(URI uri, int attempt, Duration wait, String reason) {
        retries.add(new Retry(uri, attempt, wait, reason));
    }

    @Override
    public void onThrottle(String limiter, Duration wait) {
        throttles.add(wait);
    }

    @Override
    public void onCacheHit(FetchRequest request) {
        cacheHits.add(request);
    }

    @Override
    public void onTaskStarted(String task) {
        tasks.add(new TaskEvent("started", task, Duration.ZERO, 0, null));
    }

    @Override
    public void onTaskCompleted(String task, Duration duration, long rows) {
        tasks.add(new TaskEvent("completed", task, duration, rows, null));
    }

    @Override
    public void onTaskFailed(String task, Duration duration, Throwable error) {
        tasks.add(new TaskEvent("failed", task, duration, 0, error));
    }

    /** Network attempts announced (retries included; cache hits excluded). */
    public List<FetchRequest> requests() {
        return List.copyOf(requests);
    }

    /** Successful network responses. */
    public List<FetchResponse> responses() {
        return List.copyOf(responses);
    }

    /** Retries announced. */
    public List<Retry> retries() {
        return List.copyOf(retries);
    }

    /** Waits imposed by rate limiters. */
    public List<Duration> throttles() {
        return List.copyOf(throttles);
    }

    /** Requests answered from the cache. */
    public List<FetchRequest> cacheHits() {
        return List.copyOf(cacheHits);
    }

    /** Executor task events in order. */
    public List<TaskEvent> tasks() {
        return List.copyOf(tasks);
    }
}
