package org.f1pipeline.source.openf1.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.f1pipeline.source.openf1.OpenF1Driver;
import org.f1pipeline.source.openf1.OpenF1Gap;
import org.f1pipeline.source.openf1.OpenF1Meeting;
import org.f1pipeline.source.openf1.OpenF1Session;
import org.f1pipeline.source.openf1.OpenF1SessionResult;
import org.f1pipeline.source.openf1.OpenF1StartingGrid;

/**
 * Row parsers for the schedule and classification endpoints: meetings, sessions, drivers, session_result,
 * starting_grid. Internal API. Required keys are the ones that identify a row; everything else may be null.
 */
public final class SessionRowParsers {

    private SessionRowParsers() {
    }

    /** A {@code meetings} row; requires {@code meeting_key} and {@code year}. */
    public static OpenF1Meeting meeting(RowReader r) {
        Boolean cancelled = r.optBool("is_cancelled");
        return new OpenF1Meeting(r.reqInt("meeting_key"), r.optString("meeting_name"),
                r.optString("meeting_official_name"), r.optString("location"), r.optString("country_code"),
                r.optString("country_name"), r.optInt("circuit_key"), r.optString("circuit_short_name"),
                r.optString("circuit_type"), r.optString("gmt_offset"), r.optInstant("date_start"),
                r.optInstant("date_end"), r.reqInt("year"), Boolean.TRUE.equals(cancelled));
    }

    /** A {@code sessions} row; requires {@code session_key}, {@code meeting_key} and {@code year}. */
    public static OpenF1Session session(RowReader r) {
        Boolean cancelled = r.optBool("is_cancelled");
        return new OpenF1Session(r.reqInt("session_key"), r.reqInt("meeting_key"), r.optString("session_name"),
                r.optString("session_type"), r.optInstant("date_start"), r.optInstant("date_end"),
                r.optString("gmt_offset"), r.optInt("circuit_key"), r.optString("circuit_short_name"),
                r.optString("country_code"), r.optString("country_name"), r.optString("location"),
                r.reqInt("year"), Boolean.TRUE.equals(cancelled));
    }

    /** A {@code drivers} row; requires the session keys and {@code driver_number}. */
    public static OpenF1Driver driver(RowReader r) {
        return new OpenF1Driver(r.reqInt("meeting_key"), r.reqInt("session_key"), r.reqInt("driver_number"),
                r.optString("broadcast_name"), r.optString("full_name"), r.optString("first_name"),
                r.optString("last_name"), r.optString("name_acronym"), r.optString("team_name"),
                r.optString("team_colour"), r.optString("headshot_url"), r.optString("country_code"));
    }

    /**
     * A {@code session_result} row; requires the session keys and {@code driver_number}. {@code duration} and
     * {@code gap_to_leader} are numbers (practice, race), text ({@code "+1 LAP"}) or arrays [Q1, Q2, Q3]
     * (qualifying); each shape lands in its own field.
     */
    public static OpenF1SessionResult sessionResult(RowReader r) {
        JsonNode durations = r.arrayOrNull("duration");
        JsonNode gaps = r.arrayOrNull("gap_to_leader");
        Double duration = durations == null ? r.optDouble("duration") : null;
        OpenF1Gap gap = gaps == null ? r.optGap("gap_to_leader") : null;
        return new OpenF1SessionResult(r.reqInt("meeting_key"), r.reqInt("session_key"), r.reqInt("driver_number"),
                r.optInt("position"), r.optInt("number_of_laps"), Boolean.TRUE.equals(r.optBool("dnf")),
                Boolean.TRUE.equals(r.optBool("dns")), Boolean.TRUE.equals(r.optBool("dsq")), duration,
                durations == null ? List.of() : r.doubles("duration", durations), gap,
                gaps == null ? List.of() : r.gaps("gap_to_leader", gaps), r.optDouble("points"));
    }

    /** A {@code starting_grid} row; requires the session keys and {@code driver_number}. */
    public static OpenF1StartingGrid startingGrid(RowReader r) {
        return new OpenF1StartingGrid(r.reqInt("meeting_key"), r.reqInt("session_key"), r.reqInt("driver_number"),
                r.optInt("position"), r.optDouble("lap_duration"));
    }
}
