package org.f1pipeline.source.openf1;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.f1pipeline.F1Exception;

/**
 * Rows of several endpoints for one weekend (from {@link OpenF1Client#meetingData}) or one session (from
 * {@link #session(int)} or {@link OpenF1Client#sessionData}). Immutable and thread-safe.
 *
 * <p>An endpoint that failed does not hide the others: its error is kept in {@link #failures()}, and its typed
 * accessor rethrows it rather than pretending there were no rows. Asking for an endpoint that was not requested is
 * a programming error ({@link IllegalStateException}), again so that "not fetched" never reads as "no data".
 */
public final class OpenF1Data {

    private final int meetingKey;
    private final Integer sessionKey;
    private final Map<OpenF1Endpoint, List<? extends OpenF1Row>> rows;
    private final Map<OpenF1Endpoint, F1Exception> failures;

    /**
     * Creates the container.
     *
     * @param meetingKey the weekend
     * @param sessionKey the session when this holds one session only, else null
     * @param rows       rows per endpoint that succeeded
     * @param failures   the error per endpoint that failed
     */
    public OpenF1Data(int meetingKey, Integer sessionKey, Map<OpenF1Endpoint, List<? extends OpenF1Row>> rows,
                      Map<OpenF1Endpoint, F1Exception> failures) {
        this.meetingKey = meetingKey;
        this.sessionKey = sessionKey;
        EnumMap<OpenF1Endpoint, List<? extends OpenF1Row>> r = new EnumMap<>(OpenF1Endpoint.class);
        rows.forEach((e, list) -> r.put(e, List.copyOf(list)));
        this.rows = Collections.unmodifiableMap(r);
        this.failures = failures.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(failures));
    }

    /** The weekend these rows belong to. */
    public int meetingKey() {
        return meetingKey;
    }

    /** The session when this holds one session's rows, else null (a whole weekend). */
    public Integer sessionKey() {
        return sessionKey;
    }

    /** Every endpoint that was asked for, whether it succeeded or failed. */
    public Set<OpenF1Endpoint> requested() {
        Set<OpenF1Endpoint> all = new TreeSet<>(rows.keySet());
        all.addAll(failures.keySet());
        return Collections.unmodifiableSet(all);
    }

    /** The error of each endpoint that failed; empty when every endpoint was fetched. */
    public Map<OpenF1Endpoint, F1Exception> failures() {
        return failures;
    }

    /** Whether every requested endpoint was fetched. */
    public boolean isComplete() {
        return failures.isEmpty();
    }

    /**
     * Throws the first failure (in endpoint order), if any.
     *
     * @return this, when complete
     */
    public OpenF1Data requireComplete() {
        failures.entrySet().stream().findFirst().ifPresent(e -> {
            throw e.getValue();
        });
        return this;
    }

    /** The session keys present in any endpoint's rows, ascending. */
    public Set<Integer> sessionKeys() {
        return rows.values().stream().flatMap(List::stream).map(OpenF1Row::sessionKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The rows of one session, split locally from the weekend's rows (no request). Failures carry over.
     *
     * @param key the session key
     * @return that session's rows
     */
    public OpenF1Data session(int key) {
        EnumMap<OpenF1Endpoint, List<? extends OpenF1Row>> split = new EnumMap<>(OpenF1Endpoint.class);
        rows.forEach((e, list) -> split.put(e, list.stream().filter(row -> row.sessionKey() == key).toList()));
        return new OpenF1Data(meetingKey, key, split, failures);
    }

    /**
     * The rows of one endpoint.
     *
     * @param endpoint the endpoint
     * @return its rows (each of {@link OpenF1Endpoint#rowType()})
     * @throws F1Exception           the endpoint's own failure, if it failed
     * @throws IllegalStateException if it was not requested
     */
    public List<? extends OpenF1Row> rows(OpenF1Endpoint endpoint) {
        F1Exception failure = failures.get(endpoint);
        if (failure != null) {
            throw failure;
        }
        List<? extends OpenF1Row> list = rows.get(endpoint);
        if (list == null) {
            throw new IllegalStateException(endpoint.path() + " was not requested for meeting " + meetingKey
                    + "; requested: " + requested());
        }
        return list;
    }

    /** Session rows (only when {@link OpenF1Endpoint#SESSIONS} was requested). */
    public List<OpenF1Session> sessions() {
        return typed(OpenF1Endpoint.SESSIONS, OpenF1Session.class);
    }

    /** Driver rows. */
    public List<OpenF1Driver> drivers() {
        return typed(OpenF1Endpoint.DRIVERS, OpenF1Driver.class);
    }

    /** Lap rows. */
    public List<OpenF1Lap> laps() {
        return typed(OpenF1Endpoint.LAPS, OpenF1Lap.class);
    }

    /** Pit rows. */
    public List<OpenF1Pit> pits() {
        return typed(OpenF1Endpoint.PIT, OpenF1Pit.class);
    }

    /** Stint rows. */
    public List<OpenF1Stint> stints() {
        return typed(OpenF1Endpoint.STINTS, OpenF1Stint.class);
    }

    /** Weather rows. */
    public List<OpenF1Weather> weather() {
        return typed(OpenF1Endpoint.WEATHER, OpenF1Weather.class);
    }

    /** Race-control rows. */
    public List<OpenF1RaceControl> raceControl() {
        return typed(OpenF1Endpoint.RACE_CONTROL, OpenF1RaceControl.class);
    }

    /** Session-result rows. */
    public List<OpenF1SessionResult> sessionResults() {
        return typed(OpenF1Endpoint.SESSION_RESULT, OpenF1SessionResult.class);
    }

    /** Starting-grid rows. */
    public List<OpenF1StartingGrid> startingGrid() {
        return typed(OpenF1Endpoint.STARTING_GRID, OpenF1StartingGrid.class);
    }

    /** Interval rows. */
    public List<OpenF1Interval> intervals() {
        return typed(OpenF1Endpoint.INTERVALS, OpenF1Interval.class);
    }

    /** Overtake rows. */
    public List<OpenF1Overtake> overtakes() {
        return typed(OpenF1Endpoint.OVERTAKES, OpenF1Overtake.class);
    }

    /** Team-radio rows. */
    public List<OpenF1TeamRadio> teamRadio() {
        return typed(OpenF1Endpoint.TEAM_RADIO, OpenF1TeamRadio.class);
    }

    @Override
    public String toString() {
        String counts = rows.entrySet().stream().map(e -> e.getKey().path() + "=" + e.getValue().size())
                .collect(Collectors.joining(", "));
        return "OpenF1Data[meeting " + meetingKey + (sessionKey == null ? "" : ", session " + sessionKey) + ": "
                + counts + (failures.isEmpty() ? "" : ", failed: " + failures.keySet()) + "]";
    }

    private <T> List<T> typed(OpenF1Endpoint endpoint, Class<T> type) {
        List<? extends OpenF1Row> list = rows(endpoint);
        list.forEach(type::cast);
        @SuppressWarnings("unchecked")
        List<T> typedList = (List<T>) list;
        return typedList;
    }
}
