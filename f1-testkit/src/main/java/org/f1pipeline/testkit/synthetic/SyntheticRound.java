package org.f1pipeline.testkit.synthetic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.SessionType;

/**
 * One race weekend of the synthetic history: schedule, entry list and (published or not) classifications.
 * Results are always computed; whether a fake serves them depends on the "as of" instant
 * ({@link SyntheticSession#finishedAsOf(Instant)}).
 */
public final class SyntheticRound {
    private final int year;
    private final int round;
    private final String raceName;
    private final SynthCircuit circuit;
    private final EventFormat format;
    private final LocalDate raceDate;
    private final List<SyntheticSession> sessions;
    private final List<Entry> entries;
    private final int raceLaps;
    private final int sprintLaps;
    List<QualifyingRow> qualifying = List.of();
    List<QualifyingRow> sprintQualifying = List.of();
    List<ResultRow> sprintResults = List.of();
    List<ResultRow> results = List.of();

    SyntheticRound(int year, int round, String raceName, SynthCircuit circuit, EventFormat format, LocalDate raceDate,
                   List<SyntheticSession> sessions, List<Entry> entries) {
        this.year = year;
        this.round = round;
        this.raceName = raceName;
        this.circuit = circuit;
        this.format = format;
        this.raceDate = raceDate;
        this.sessions = List.copyOf(sessions);
        this.entries = List.copyOf(entries);
        this.raceLaps = circuit.laps();
        this.sprintLaps = (int) Math.ceil(100.0 / circuit.lengthKm());
    }

    /** Season year. */
    public int year() {
        return year;
    }

    /** Round number, 1-based. */
    public int round() {
        return round;
    }

    /** Jolpica {@code raceName}, e.g. {@code British Grand Prix}. */
    public String raceName() {
        return raceName;
    }

    /** Wikipedia URL of the race, as Jolpica's {@code Race.url}. */
    public String url() {
        return "https://en.wikipedia.org/wiki/" + year + "_" + raceName.replace(' ', '_');
    }

    /** The circuit. */
    public SynthCircuit circuit() {
        return circuit;
    }

    /** Weekend format. */
    public EventFormat format() {
        return format;
    }

    /** True for sprint weekends. */
    public boolean hasSprint() {
        return format.isSprint();
    }

    /** Race day, local date at the circuit (used in live-timing paths). */
    public LocalDate raceDateLocal() {
        return raceDate;
    }

    /** All sessions in time order. */
    public List<SyntheticSession> sessions() {
        return sessions;
    }

    /** The session of a type, or null when the weekend has none. */
    public SyntheticSession session(SessionType type) {
        return sessions.stream().filter(s -> s.type() == type).findFirst().orElse(null);
    }

    /** Start of the grand prix. */
    public Instant raceStart() {
        return session(SessionType.RACE).start();
    }

    /** Entry list (one per car). */
    public List<Entry> entries() {
        return entries;
    }

    /** The entry for a car number, or null. */
    public Entry entry(int number) {
        return entries.stream().filter(e -> e.number() == number).findFirst().orElse(null);
    }

    /** The entry of a driver, or null. */
    public Entry entry(String driverId) {
        return entries.stream().filter(e -> e.driverId().equals(driverId)).findFirst().orElse(null);
    }

    /** Race distance in laps. */
    public int raceLaps() {
        return raceLaps;
    }

    /** Sprint distance in laps (about 100 km). */
    public int sprintLaps() {
        return sprintLaps;
    }

    /** OpenF1 / live-timing meeting key. */
    public int meetingKey() {
        return SeasonBuilder.meetingKey(year, round);
    }

    /** Live-timing folder of the weekend, e.g. {@code 2024/2024-07-07_British_Grand_Prix/}. */
    public String liveTimingPath() {
        return year + "/" + raceDate + "_" + raceName.replace(' ', '_') + "/";
    }

    /** Grand-prix classification (always computed; check {@link #isCompleteAsOf(Instant)} before serving it). */
    public List<ResultRow> results() {
        return results;
    }

    /** Sprint classification, empty on conventional weekends. */
    public List<ResultRow> sprintResults() {
        return sprintResults;
    }

    /** Qualifying classification (empty before 1994, like Jolpica). */
    public List<QualifyingRow> qualifying() {
        return Eras.qualifyingFormat(year) == Eras.QualifyingFormat.NONE ? List.of() : qualifying;
    }

    /** Sprint qualifying / shootout classification (2023+ sprint weekends), else empty. */
    public List<QualifyingRow> sprintQualifying() {
        return sprintQualifying;
    }

    /** Race winner. */
    public Entry winner() {
        return results.get(0).entry();
    }

    /** True once the grand prix has finished at {@code now}. */
    public boolean isCompleteAsOf(Instant now) {
        return session(SessionType.RACE).finishedAsOf(now);
    }

    @Override
    public String toString() {
        return year + " R" + round + " " + raceName;
    }
}
