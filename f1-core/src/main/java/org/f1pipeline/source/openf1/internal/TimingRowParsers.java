package org.f1pipeline.source.openf1.internal;

import java.util.Locale;
import org.f1pipeline.source.openf1.OpenF1Lap;
import org.f1pipeline.source.openf1.OpenF1Pit;
import org.f1pipeline.source.openf1.OpenF1RaceControl;
import org.f1pipeline.source.openf1.OpenF1Stint;
import org.f1pipeline.source.openf1.OpenF1Weather;

/** Row parsers for laps, pit, stints, weather and race_control. Internal API. */
public final class TimingRowParsers {

    private TimingRowParsers() {
    }

    /** A {@code laps} row; requires the session keys, {@code driver_number} and {@code lap_number}. */
    public static OpenF1Lap lap(RowReader r) {
        return new OpenF1Lap(r.reqInt("meeting_key"), r.reqInt("session_key"), r.reqInt("driver_number"),
                r.reqInt("lap_number"), r.optInstant("date_start"), r.optDouble("lap_duration"),
                r.optDouble("duration_sector_1"), r.optDouble("duration_sector_2"), r.optDouble("duration_sector_3"),
                r.optInt("i1_speed"), r.optInt("i2_speed"), r.optInt("st_speed"),
                Boolean.TRUE.equals(r.optBool("is_pit_out_lap")));
    }

    /** A {@code pit} row; requires the session keys and {@code driver_number}. */
    public static OpenF1Pit pit(RowReader r) {
        Double lane = r.optDouble("lane_duration");
        // pit_duration is the deprecated name of lane_duration; older rows carry only that one.
        return new OpenF1Pit(r.reqInt("meeting_key"), r.reqInt("session_key"), r.reqInt("driver_number"),
                r.optInstant("date"), r.optInt("lap_number"), lane != null ? lane : r.optDouble("pit_duration"),
                r.optDouble("stop_duration"));
    }

    /** A {@code stints} row; requires the session keys, {@code driver_number} and {@code stint_number}. */
    public static OpenF1Stint stint(RowReader r) {
        String compound = r.optString("compound");
        return new OpenF1Stint(r.reqInt("meeting_key"), r.reqInt("session_key"), r.reqInt("driver_number"),
                r.reqInt("stint_number"), r.optInt("lap_start"), r.optInt("lap_end"),
                compound == null || compound.isBlank() ? null : compound.strip().toUpperCase(Locale.ROOT),
                r.optInt("tyre_age_at_start"));
    }

    /** A {@code weather} row; requires the session keys and {@code date}. */
    public static OpenF1Weather weather(RowReader r) {
        return new OpenF1Weather(r.reqInt("meeting_key"), r.reqInt("session_key"), r.reqInstant("date"),
                r.optDouble("air_temperature"), r.optDouble("track_temperature"), r.optDouble("humidity"),
                r.optDouble("pressure"), r.optBool("rainfall"), r.optInt("wind_direction"),
                r.optDouble("wind_speed"));
    }

    /** A {@code race_control} row; requires the session keys (a message may lack lap, driver and flag). */
    public static OpenF1RaceControl raceControl(RowReader r) {
        return new OpenF1RaceControl(r.reqInt("meeting_key"), r.reqInt("session_key"), r.optInstant("date"),
                r.optInt("driver_number"), r.optInt("lap_number"), r.optString("category"), r.optString("flag"),
                r.optString("scope"), r.optInt("sector"), r.optInt("qualifying_phase"), r.optString("message"));
    }
}
