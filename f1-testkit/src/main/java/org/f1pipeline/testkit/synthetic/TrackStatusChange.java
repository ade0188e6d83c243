package org.f1pipeline.testkit.synthetic;

/**
 * A track-status change: {@code 1} AllClear, {@code 2} Yellow, {@code 4} SCDeployed, {@code 5} Red,
 * {@code 6} VSCDeployed, {@code 7} VSCEnding.
 *
 * @param atMs    ms after the session start
 * @param code    status code (string, like the feed)
 * @param message feed message
 */
public record TrackStatusChange(long atMs, String code, String message) {
}
