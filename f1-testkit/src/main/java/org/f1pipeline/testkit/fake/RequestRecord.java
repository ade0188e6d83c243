package org.f1pipeline.testkit.fake;

import java.time.Instant;

/**
 * One request the fake served.
 *
 * @param at       when it arrived (wall clock)
 * @param api      which API (null for unknown paths)
 * @param method   HTTP method
 * @param path     path without query
 * @param query    raw query string or empty
 * @param endpoint endpoint name: Jolpica {@code results}/{@code races}/..., OpenF1 {@code laps}/..., live-timing
 *                 file name ({@code TimingData.jsonStream}, {@code Index.json})
 * @param status   status served (0 for a dropped connection)
 * @param fault    the injected fault, or null
 * @param host     the host (and port) the request was sent to, e.g. {@code 127.0.0.1:34567}: the object store of
 *                 the dump downloads is a second host
 */
public record RequestRecord(Instant at, FakeApi api, String method, String path, String query, String endpoint,
                            int status, FaultKind fault, String host) {
}
