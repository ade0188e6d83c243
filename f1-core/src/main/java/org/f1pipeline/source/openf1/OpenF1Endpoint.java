package org.f1pipeline.source.openf1;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.fetch.ResponseBody;
import org.f1pipeline.fetch.SourceFormatException;
import org.f1pipeline.source.openf1.internal.RowReader;
import org.f1pipeline.source.openf1.internal.Rows;
import org.f1pipeline.source.openf1.internal.SessionRowParsers;
import org.f1pipeline.source.openf1.internal.TelemetryRowParsers;
import org.f1pipeline.source.openf1.internal.TimingRowParsers;

/**
 * The OpenF1 endpoints this library reads, with their wire path and row type. {@code championship_*} (beta) are
 * not read.
 *
 * <p>Three kinds: {@link #MEETINGS} is the schedule (rows have no session); the session endpoints can be asked for
 * a whole weekend at once ({@link #perMeeting()}); {@link #CAR_DATA}, {@link #POSITION} and {@link #LOCATION} are
 * high-frequency telemetry that OpenF1 refuses to return unfiltered, so they are only fetched per driver and date
 * window ({@link #telemetry()}).
 */
public enum OpenF1Endpoint {
    /** {@code /meetings}: race weekends. */
    MEETINGS("meetings", OpenF1Meeting.class, SessionRowParsers::meeting),
    /** {@code /sessions}: sessions of a weekend. */
    SESSIONS("sessions", OpenF1Session.class, SessionRowParsers::session),
    /** {@code /drivers}: the drivers of each session. */
    DRIVERS("drivers", OpenF1Driver.class, SessionRowParsers::driver),
    /** {@code /laps}: lap and sector times, speed traps. */
    LAPS("laps", OpenF1Lap.class, TimingRowParsers::lap),
    /** {@code /pit}: pit-lane visits. */
    PIT("pit", OpenF1Pit.class, TimingRowParsers::pit),
    /** {@code /stints}: tyre stints. */
    STINTS("stints", OpenF1Stint.class, TimingRowParsers::stint),
    /** {@code /weather}: one sample a minute. */
    WEATHER("weather", OpenF1Weather.class, TimingRowParsers::weather),
    /** {@code /race_control}: flags, safety car, incidents. */
    RACE_CONTROL("race_control", OpenF1RaceControl.class, TimingRowParsers::raceControl),
    /** {@code /session_result}: classification. */
    SESSION_RESULT("session_result", OpenF1SessionResult.class, SessionRowParsers::sessionResult),
    /** {@code /starting_grid}: grid from qualifying. */
    STARTING_GRID("starting_grid", OpenF1StartingGrid.class, SessionRowParsers::startingGrid),
    /** {@code /intervals}: gaps in races, about every 4 s. */
    INTERVALS("intervals", OpenF1Interval.class, TelemetryRowParsers::interval),
    /** {@code /overtakes}: position changes in races. */
    OVERTAKES("overtakes", OpenF1Overtake.class, TelemetryRowParsers::overtake),
    /** {@code /team_radio}: links to radio clips. */
    TEAM_RADIO("team_radio", OpenF1TeamRadio.class, TelemetryRowParsers::teamRadio),
    /** {@code /car_data}: telemetry, about 3.7 Hz per car. */
    CAR_DATA("car_data", OpenF1CarData.class, TelemetryRowParsers::carData),
    /** {@code /position}: running positions. */
    POSITION("position", OpenF1Position.class, TelemetryRowParsers::position),
    /** {@code /location}: x/y/z on track, about 3.7 Hz per car. */
    LOCATION("location", OpenF1Location.class, TelemetryRowParsers::location);

    private final String path;
    private final Class<?> rowType;
    private final Function<RowReader, ?> parser;

    OpenF1Endpoint(String path, Class<?> rowType, Function<RowReader, ?> parser) {
        this.path = path;
        this.rowType = rowType;
        this.parser = parser;
    }

    /** The path segment after {@code /v1/}, e.g. {@code "race_control"}. */
    public String path() {
        return path;
    }

    /** The record type of this endpoint's rows, e.g. {@code OpenF1Lap.class}. */
    public Class<?> rowType() {
        return rowType;
    }

    /** Whether one query by {@code meeting_key} may return this endpoint for every session of a weekend. */
    public boolean perMeeting() {
        return this != MEETINGS && !telemetry();
    }

    /** Whether this is high-frequency telemetry, fetched only per driver and date window. */
    public boolean telemetry() {
        return this == CAR_DATA || this == POSITION || this == LOCATION;
    }

    /**
     * Parses a response body of this endpoint (recordings and tests; jobs stream with {@link #read}).
     *
     * @param body   the parsed JSON (must be an array of objects)
     * @param source where the body came from, named in errors (a URL, or a file URI for recordings)
     * @return the rows in body order, unmodifiable, each of {@link #rowType()}
     * @throws SourceFormatException when the body is not an array of objects, or a row lacks a key that identifies
     *                               it or has a value of the wrong type
     */
    List<?> parse(JsonNode body, URI source) {
        return Rows.list(body, source, path, parser);
    }

    /**
     * Parses a response body of this endpoint as a stream, row by row, so that memory holds the rows and never the
     * whole body or its tree (issue 10: a valid 28 MB answer used to exhaust a 256 MB heap).
     *
     * @param body the response body
     * @return the rows in body order, unmodifiable, each of {@link #rowType()}
     * @throws SourceFormatException as {@link #parse(JsonNode, URI)}
     * @throws IOException           when reading the stream fails
     */
    List<?> read(ResponseBody body) throws IOException {
        return Rows.read(body, path, parser);
    }

    /** The same, typed; {@code type} must be {@link #rowType()}. */
    <T> List<T> parse(JsonNode body, URI source, Class<T> type) {
        if (type != rowType) {
            throw new InvalidInputException("rowType", this + " rows are " + rowType.getSimpleName() + ", not "
                    + type.getSimpleName());
        }
        @SuppressWarnings("unchecked")
        List<T> rows = (List<T>) parse(body, source);
        return rows;
    }

    /** The endpoints an ingest of a weekend usually needs: drivers, laps, pit, stints, weather, race control, results. */
    public static Set<OpenF1Endpoint> ingestDefaults() {
        return EnumSet.of(DRIVERS, LAPS, PIT, STINTS, WEATHER, RACE_CONTROL, SESSION_RESULT, STARTING_GRID);
    }
}
