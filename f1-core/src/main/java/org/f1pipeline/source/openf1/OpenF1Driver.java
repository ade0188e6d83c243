package org.f1pipeline.source.openf1;

/**
 * One row of {@code /v1/drivers}: a driver as listed for one session. Every text field may be null.
 *
 * @param driverNumber  the car number
 * @param broadcastName e.g. {@code "M VERSTAPPEN"}
 * @param fullName      e.g. {@code "Max VERSTAPPEN"}
 * @param firstName     given name
 * @param lastName      family name
 * @param nameAcronym   three-letter code, e.g. {@code "VER"}
 * @param teamName      team name as shown on TV, e.g. {@code "Red Bull Racing"}
 * @param teamColour    hex {@code RRGGBB} without {@code #}
 * @param headshotUrl   photo URL
 * @param countryCode   deprecated by OpenF1 (removed end of 2026)
 */
public record OpenF1Driver(int meetingKey, int sessionKey, int driverNumber, String broadcastName, String fullName,
                           String firstName, String lastName, String nameAcronym, String teamName, String teamColour,
                           String headshotUrl, String countryCode) implements OpenF1Row {
}
