package org.f1pipeline.testkit.synthetic;

/**
 * One classified row of a race or sprint, in Jolpica terms.
 *
 * @param entry            driver, team and car number
 * @param position         classification order, 1..n (Jolpica {@code position}; retired cars are numbered too)
 * @param positionText     {@code "1"}.., {@code R} (retired), {@code D} (disqualified), {@code W} (did not start)
 * @param points           points scored (integer in every era of the synthetic history)
 * @param grid             starting position (1..n)
 * @param laps             laps completed
 * @param status           Jolpica status text, era-appropriate ({@code Finished}, {@code +1 Lap}, {@code Lapped}...)
 * @param statusId         Jolpica status id
 * @param millis           elapsed race time in ms for cars that took the flag, else null
 * @param timeText         Jolpica {@code Time.time} ({@code 1:25:33.607}, {@code +5.155}, or {@code ""}), or null
 * @param fastestLap       lap number of the driver's fastest lap, or null
 * @param fastestLapMs     the driver's fastest lap in ms, or null
 * @param fastestLapRank   rank of that lap among all drivers, or null
 * @param lapsBehind       laps behind the winner for cars that took the flag
 */
public record ResultRow(Entry entry, int position, String positionText, int points, int grid, int laps,
                        String status, int statusId, Long millis, String timeText, Integer fastestLap,
                        Long fastestLapMs, Integer fastestLapRank, int lapsBehind) {

    /** True when the car did not take the chequered flag (retired, disqualified or did not start). */
    public boolean dnf() {
        return "R".equals(positionText);
    }

    /** True for a disqualification. */
    public boolean dsq() {
        return "D".equals(positionText);
    }

    /** True when the driver did not start. */
    public boolean dns() {
        return "W".equals(positionText);
    }

    /** True when the car was classified with a finishing position number. */
    public boolean classified() {
        return positionText.chars().allMatch(Character::isDigit);
    }
}
