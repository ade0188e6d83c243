package org.f1pipeline.source.livetiming;

/**
 * One {@code TrackStatus} change.
 *
 * @param timeMs  session time of the change
 * @param code    1 clear, 2 yellow, 4 safety car, 5 red, 6 VSC deployed, 7 VSC ending
 * @param message the feed's label, e.g. SCDeployed
 */
public record ArchiveTrackStatus(long timeMs, String code, String message) {
}
