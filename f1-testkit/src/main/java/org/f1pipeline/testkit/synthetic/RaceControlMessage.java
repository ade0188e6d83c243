package org.f1pipeline.testkit.synthetic;

/**
 * A race-control message (live-timing {@code RaceControlMessages}, OpenF1 {@code race_control}).
 *
 * @param atMs     ms after the session start
 * @param lap      lap number (races) or null
 * @param category {@code Flag}, {@code SafetyCar}, {@code Drs}, {@code CarEvent}, {@code Other}
 * @param flag     flag or null
 * @param scope    {@code Track}, {@code Sector}, {@code Driver} or null
 * @param sector   sector or null
 * @param number   car number or null
 * @param status   e.g. {@code DEPLOYED} or null
 * @param mode     {@code SAFETY CAR} / {@code VIRTUAL SAFETY CAR} or null
 * @param message  the text
 */
public record RaceControlMessage(long atMs, Integer lap, String category, String flag, String scope, Integer sector,
                                 Integer number, String status, String mode, String message) {
}
