package org.f1pipeline.testkit.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;

/** Thread-safe log of every request the fake answered, with counting helpers for assertions. */
public final class RequestLog {
    private final ConcurrentLinkedQueue<RequestRecord> records = new ConcurrentLinkedQueue<>();

    void add(RequestRecord r) {
        records.add(r);
    }

    /** Snapshot in arrival order. */
    public List<RequestRecord> records() {
        return new ArrayList<>(records);
    }

    /** Forgets everything logged so far. */
    public void clear() {
        records.clear();
    }

    /** All requests. */
    public int count() {
        return records.size();
    }

    /** Requests to one API. */
    public int count(FakeApi api) {
        return count(r -> r.api() == api);
    }

    /** Requests to one endpoint of one API, e.g. {@code count(JOLPICA, "results")}. */
    public int count(FakeApi api, String endpoint) {
        return count(r -> r.api() == api && endpoint.equals(r.endpoint()));
    }

    /** Requests matching a predicate. */
    public int count(Predicate<RequestRecord> p) {
        return (int) records.stream().filter(p).count();
    }

    /** Requests answered with a status. */
    public int countStatus(int status) {
        return count(r -> r.status() == status);
    }

    /** Requests whose path contains a text. */
    public int countPathContaining(String text) {
        return count(r -> r.path().contains(text));
    }

    /** Requests sent to one host, e.g. {@code count(fake.objectStoreHost())} ("at most 3 requests" per host). */
    public int countHost(String host) {
        return count(r -> host.equalsIgnoreCase(r.host()));
    }

    /** Requests per host (sorted by name). */
    public Map<String, Integer> countsByHost() {
        Map<String, Integer> out = new TreeMap<>();
        records.forEach(r -> out.merge(String.valueOf(r.host()), 1, Integer::sum));
        return out;
    }

    /** Requests per endpoint of one API (sorted by name). */
    public Map<String, Integer> countsByEndpoint(FakeApi api) {
        Map<String, Integer> out = new TreeMap<>();
        records.stream().filter(r -> r.api() == api).forEach(r -> out.merge(r.endpoint(), 1, Integer::sum));
        return out;
    }
}
