package org.f1pipeline.source.livetiming.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One record of a {@code .jsonStream} topic: the session time of the prefix and the decoded payload (a patch).
 *
 * @param timeMs session time in milliseconds (time since the arbitrary zero of the data stream, not UTC)
 * @param data   the payload; for {@code .z} topics already inflated and parsed
 */
public record StreamRecord(long timeMs, JsonNode data) {
}
