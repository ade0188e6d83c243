package org.f1pipeline.source.openf1;

import java.time.Instant;

/**
 * One row of {@code /v1/team_radio}: a link to a radio clip.
 *
 * @param recordingUrl mp3 URL on livetiming.formula1.com
 */
public record OpenF1TeamRadio(int meetingKey, int sessionKey, Instant date, int driverNumber, String recordingUrl)
        implements OpenF1Row {
}
