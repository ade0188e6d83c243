package org.f1pipeline.source.livetiming;

/**
 * One race-control message.
 *
 * @param timeMs       session time of the record
 * @param utc          the message's UTC time as sent ({@code 2021-07-18T14:03:05}), or null
 * @param lap          the leader's lap (races, newer data), or null
 * @param category     Flag, SafetyCar, Drs, CarEvent, Other
 * @param flag         GREEN, YELLOW, RED, CHEQUERED ... or null
 * @param scope        Track, Sector, Driver, or null
 * @param racingNumber the car concerned, or null
 * @param status       e.g. DEPLOYED, ENDING, IN THIS LAP (SafetyCar), or null
 * @param mode         SAFETY CAR or VIRTUAL SAFETY CAR, or null
 * @param message      the text
 */
public record ArchiveRaceControl(long timeMs, String utc, Integer lap, String category, String flag, String scope,
                                 Integer racingNumber, String status, String mode, String message) {
}
