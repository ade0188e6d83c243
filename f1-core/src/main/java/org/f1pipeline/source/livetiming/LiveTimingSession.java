package org.f1pipeline.source.livetiming;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.WeatherLabel;

/**
 * One session built from the archive: cars, laps, qualifying segment bests, weather, track status and race control.
 *
 * @param session       the session
 * @param drivers       the cars of the DriverList, by racing number order of first appearance
 * @param laps          every car's laps in car and lap order
 * @param segmentBests  per car, qualifying segment bests (empty outside qualifying)
 * @param weather       weather samples
 * @param trackStatus   track status changes
 * @param raceControl   race-control messages
 * @param totalLaps     the scheduled distance from LapCount (the last {@code TotalLaps} sent), null if none
 * @param startedAtMs   session time of the first {@code Started}, null if none
 * @param endedAtMs     session time after which records are ignored (the session's end), null if unknown
 * @param compoundStints compound name (as sent) to the number of TimingAppData stints on it, for the weekend's
 *                      compound nomination ({@link Compounds})
 * @param missingTopics topics the archive did not serve
 * @param requests      files requested (cache hits included)
 * @param bytes         bytes of the files read
 */
public record LiveTimingSession(ArchiveSession session, List<ArchiveDriver> drivers, List<ArchiveLap> laps,
                                Map<Integer, SegmentBests> segmentBests, List<ArchiveWeather> weather,
                                List<ArchiveTrackStatus> trackStatus, List<ArchiveRaceControl> raceControl,
                                Integer totalLaps, Long startedAtMs, Long endedAtMs,
                                Map<String, Integer> compoundStints, Set<LiveTimingTopic> missingTopics, int requests,
                                long bytes) {

    /** Freezes the collections. */
    public LiveTimingSession {
        drivers = List.copyOf(drivers);
        laps = List.copyOf(laps);
        segmentBests = Map.copyOf(segmentBests);
        weather = List.copyOf(weather);
        trackStatus = List.copyOf(trackStatus);
        raceControl = List.copyOf(raceControl);
        missingTopics = Set.copyOf(missingTopics);
        compoundStints = Map.copyOf(compoundStints);
    }

    /**
     * The same session with compounds renamed by a weekend-wide mapping (original name to relative name, see
     * {@link Compounds#weekendRelative(int, Map)}); names the mapping lacks become null.
     */
    public LiveTimingSession withCompounds(Map<String, String> relative) {
        List<ArchiveLap> renamed = laps.stream().map(l -> l.withCompound(l.compoundName() == null ? null
                : relative.get(l.compoundName()))).toList();
        return new LiveTimingSession(session, drivers, renamed, segmentBests, weather, trackStatus, raceControl,
                totalLaps, startedAtMs, endedAtMs, compoundStints, missingTopics, requests, bytes);
    }

    /** Whether the archive served the lap timing of this session. */
    public boolean hasTiming() {
        return !missingTopics.contains(LiveTimingTopic.TIMING_DATA) && !laps.isEmpty();
    }

    /** The laps of one car. */
    public List<ArchiveLap> lapsOf(int carNumber) {
        return laps.stream().filter(l -> l.carNumber() == carNumber).toList();
    }

    /** The quickest timed lap (ties: the earlier one), deleted laps included as FastF1 and Jolpica do. */
    public Optional<ArchiveLap> fastestLap() {
        return laps.stream().filter(l -> l.lapTimeMs() != null)
                .min(Comparator.comparingInt(ArchiveLap::lapTimeMs).thenComparing(l -> l.endTimeMs() == null
                        ? Long.MAX_VALUE : l.endTimeMs()));
    }

    /**
     * Distinct lap numbers (of any car) whose track status contains {@code code}: the seed's SC ("4") and VSC ("6")
     * lap count. Null when the archive has no track status or no laps (unknown, not zero).
     */
    public Integer lapsWithStatus(String code) {
        if (missingTopics.contains(LiveTimingTopic.TRACK_STATUS) || laps.isEmpty()) {
            return null;
        }
        Set<Integer> n = new TreeSet<>();
        laps.stream().filter(l -> l.trackStatus() != null && l.trackStatus().contains(code))
                .forEach(l -> n.add(l.lap()));
        return n.size();
    }

    /**
     * The session's conditions as the pipeline stores them, by the same rules as OpenF1's: rainfall share of the
     * samples, label from it, mean air/track temperature and humidity rounded half-up to 0.1; SC/VSC lap counts from
     * track status. Unknown stays null.
     */
    public RaceConditions conditions(RaceKey race, RaceType type) {
        List<ArchiveWeather> rain = weather.stream().filter(w -> w.rainfall() != null).toList();
        Double share = rain.isEmpty() ? null : rain.stream().filter(ArchiveWeather::rainfall).count()
                / (double) rain.size();
        return new RaceConditions(race, type, share == null ? null : WeatherLabel.ofRainfallShare(share), share,
                mean(weather.stream().map(ArchiveWeather::airTempC).toList()),
                mean(weather.stream().map(ArchiveWeather::trackTempC).toList()),
                mean(weather.stream().map(ArchiveWeather::humidity).toList()),
                lapsWithStatus("4"), lapsWithStatus("6"));
    }

    private static Double mean(List<Double> values) {
        List<Double> v = values.stream().filter(x -> x != null).toList();
        if (v.isEmpty()) {
            return null;
        }
        double m = v.stream().mapToDouble(Double::doubleValue).sum() / v.size();
        return new java.math.BigDecimal(Double.toString(m)).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
