package org.f1pipeline.source.openf1.internal;

import org.f1pipeline.source.openf1.OpenF1CarData;
import org.f1pipeline.source.openf1.OpenF1Interval;
import org.f1pipeline.source.openf1.OpenF1Location;
import org.f1pipeline.source.openf1.OpenF1Overtake;
import org.f1pipeline.source.openf1.OpenF1Position;
import org.f1pipeline.source.openf1.OpenF1TeamRadio;

/**
 * Row parsers for the time-series endpoints: intervals, overtakes, team_radio, car_data, position, location.
 * Internal API. Each requires the session keys, the driver number(s) and {@code date}.
 */
public final class TelemetryRowParsers {

    private TelemetryRowParsers() {
    }

    /** An {@code intervals} row. */
    public static OpenF1Interval interval(RowReader r) {
        return new OpenF1Interval(r.reqInt("meeting_key"), r.reqInt("session_key"), r.reqInstant("date"),
                r.reqInt("driver_number"), r.optGap("gap_to_leader"), r.optGap("interval"));
    }

    /** An {@code overtakes} row. */
    public static OpenF1Overtake overtake(RowReader r) {
        return new OpenF1Overtake(r.reqInt("meeting_key"), r.reqInt("session_key"), r.reqInstant("date"),
                r.reqInt("overtaking_driver_number"), r.reqInt("overtaken_driver_number"), r.optInt("position"));
    }

    /** A {@code team_radio} row. */
    public static OpenF1TeamRadio teamRadio(RowReader r) {
        return new OpenF1TeamRadio(r.reqInt("meeting_key"), r.reqInt("session_key"), r.reqInstant("date"),
                r.reqInt("driver_number"), r.optString("recording_url"));
    }

    /** A {@code car_data} row. */
    public static OpenF1CarData carData(RowReader r) {
        return new OpenF1CarData(r.reqInt("meeting_key"), r.reqInt("session_key"), r.reqInstant("date"),
                r.reqInt("driver_number"), r.optInt("rpm"), r.optInt("speed"), r.optInt("n_gear"),
                r.optInt("throttle"), r.optInt("brake"), r.optInt("drs"));
    }

    /** A {@code position} row. */
    public static OpenF1Position position(RowReader r) {
        return new OpenF1Position(r.reqInt("meeting_key"), r.reqInt("session_key"), r.reqInstant("date"),
                r.reqInt("driver_number"), r.optInt("position"));
    }

    /** A {@code location} row. */
    public static OpenF1Location location(RowReader r) {
        return new OpenF1Location(r.reqInt("meeting_key"), r.reqInt("session_key"), r.reqInstant("date"),
                r.reqInt("driver_number"), r.optInt("x"), r.optInt("y"), r.optInt("z"));
    }
}
