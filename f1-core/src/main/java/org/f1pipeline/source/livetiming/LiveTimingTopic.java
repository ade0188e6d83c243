package org.f1pipeline.source.livetiming;

import java.util.EnumSet;
import java.util.Set;

/**
 * The archive topics the pipeline knows how to read. Only the timing topics are read by default; the telemetry topics
 * ({@link #CAR_DATA}, {@link #POSITION}) are by far the largest files and are fetched only when asked for.
 */
public enum LiveTimingTopic {
    /** Session metadata (one record). */
    SESSION_INFO("SessionInfo", false),
    /** Started / Aborted / Finished / Finalised / Ends. */
    SESSION_STATUS("SessionStatus", false),
    /** Racing number, TLA, names and team per car. */
    DRIVER_LIST("DriverList", false),
    /** Lap and sector times, speed traps, pit flags, qualifying bests. */
    TIMING_DATA("TimingData", false),
    /** Tyre stints. */
    TIMING_APP_DATA("TimingAppData", false),
    /** Track status codes (1 clear, 2 yellow, 4 SC, 5 red, 6 VSC, 7 VSC ending). */
    TRACK_STATUS("TrackStatus", false),
    /** Race-control messages (flags, deleted lap times). */
    RACE_CONTROL_MESSAGES("RaceControlMessages", false),
    /** Race and sprint lap counter and distance. */
    LAP_COUNT("LapCount", false),
    /** One weather sample a minute. */
    WEATHER_DATA("WeatherData", false),
    /** Car telemetry (compressed); never read unless asked for. */
    CAR_DATA("CarData.z", true),
    /** Car positions (compressed); never read unless asked for. */
    POSITION("Position.z", true);

    private final String fileName;
    private final boolean compressed;

    LiveTimingTopic(String fileName, boolean compressed) {
        this.fileName = fileName;
        this.compressed = compressed;
    }

    /** The topic's name in the archive, e.g. {@code TimingData} or {@code CarData.z}. */
    public String fileName() {
        return fileName;
    }

    /** Whether payloads are base64 raw DEFLATE ({@code .z} topics). */
    public boolean compressed() {
        return compressed;
    }

    /** The topics a race or sprint job needs (8 files). */
    public static Set<LiveTimingTopic> raceTopics() {
        return EnumSet.of(SESSION_STATUS, DRIVER_LIST, TIMING_DATA, TIMING_APP_DATA, TRACK_STATUS,
                RACE_CONTROL_MESSAGES, LAP_COUNT, WEATHER_DATA);
    }

    /** The topics a qualifying or practice job needs (7 files: no lap counter). */
    public static Set<LiveTimingTopic> sessionTopics() {
        return EnumSet.of(SESSION_STATUS, DRIVER_LIST, TIMING_DATA, TIMING_APP_DATA, TRACK_STATUS,
                RACE_CONTROL_MESSAGES, WEATHER_DATA);
    }
}
