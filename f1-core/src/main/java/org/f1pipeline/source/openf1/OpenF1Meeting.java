package org.f1pipeline.source.openf1;

import java.time.Instant;

/**
 * One row of {@code /v1/meetings}: a race weekend (or a test).
 *
 * @param meetingKey       the weekend's key
 * @param name             e.g. {@code "Bahrain Grand Prix"}
 * @param officialName     the sponsor title, or null
 * @param location         the city-level location, or null
 * @param countryCode      ISO-3 country code, or null
 * @param countryName      country name, or null
 * @param circuitKey       OpenF1's circuit key, or null
 * @param circuitShortName e.g. {@code "Sakhir"}, or null
 * @param circuitType      {@code Permanent}, {@code Temporary - Street} or {@code Temporary - Road}, or null
 * @param gmtOffset        local offset as sent, e.g. {@code "03:00:00"} or {@code "-04:00:00"}, or null
 * @param start            start of the first session, or null
 * @param end              end of the last session, or null (older rows do not have it)
 * @param year             the season
 * @param cancelled        whether the weekend was cancelled (false when the field is absent)
 */
public record OpenF1Meeting(int meetingKey, String name, String officialName, String location, String countryCode,
                            String countryName, Integer circuitKey, String circuitShortName, String circuitType,
                            String gmtOffset, Instant start, Instant end, int year, boolean cancelled) {
}
