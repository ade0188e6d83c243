package org.f1pipeline.source.livetiming.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.source.livetiming.ArchiveDriver;
import org.f1pipeline.source.livetiming.ArchiveLap;
import org.f1pipeline.source.livetiming.ArchiveRaceControl;
import org.f1pipeline.source.livetiming.ArchiveSession;
import org.f1pipeline.source.livetiming.ArchiveTrackStatus;
import org.f1pipeline.source.livetiming.ArchiveWeather;
import org.f1pipeline.source.livetiming.Compounds;
import org.f1pipeline.source.livetiming.LiveTimingSession;
import org.f1pipeline.source.livetiming.LiveTimingTopic;
import org.f1pipeline.source.livetiming.internal.LapBuilder.Car;
import org.f1pipeline.source.livetiming.internal.StintTable.Stint;

/**
 * Builds a {@link LiveTimingSession} from the parsed topic records (spec 3.6): laps from the TimingData walk
 * ({@link LapBuilder}), integrity fixes, stints, compounds, track status per lap, deleted laps, qualifying segments.
 */
public final class SessionBuilder {

    private static final Pattern DELETED = Pattern.compile(
            "CAR (\\d+)\\b.*?TIME (\\d+:\\d{2}\\.\\d{3}) DELETED(?: - (.*))?");
    private static final Pattern REINSTATED = Pattern.compile(
            "CAR (\\d+)\\b.*?TIME (\\d+:\\d{2}\\.\\d{3}).*REINSTATED");
    /** Non-race "laps" this long are gaps between runs (between qualifying segments), not laps (FastF1). */
    static final int MAX_NON_RACE_LAP_MS = 150_000;
    private static final int TOLERANCE_MS = 3;

    private SessionBuilder() {
    }

    /** Builds the session from whatever topics were served. */
    public static LiveTimingSession build(ArchiveSession session, Map<LiveTimingTopic, List<StreamRecord>> topics,
                                          Set<LiveTimingTopic> missing, int requests, long bytes) {
        List<TopicReaders.Status> statuses = TopicReaders.sessionStatus(of(topics, LiveTimingTopic.SESSION_STATUS));
        Long endMs = TopicReaders.sessionEnd(statuses);
        Long startedAt = TopicReaders.firstStart(statuses);
        boolean raceLike = session.type() == SessionType.RACE || session.type() == SessionType.SPRINT;
        boolean quali = session.type() == SessionType.QUALIFYING || session.type() == SessionType.SPRINT_QUALIFYING;
        List<ArchiveDriver> drivers = TopicReaders.driverList(of(topics, LiveTimingTopic.DRIVER_LIST), endMs);
        List<ArchiveWeather> weather = TopicReaders.weather(of(topics, LiveTimingTopic.WEATHER_DATA), null);
        List<ArchiveRaceControl> rcm = TopicReaders.raceControl(of(topics, LiveTimingTopic.RACE_CONTROL_MESSAGES));
        List<ArchiveTrackStatus> track = TopicReaders.trackStatus(of(topics, LiveTimingTopic.TRACK_STATUS));
        Integer totalLaps = TopicReaders.totalLaps(of(topics, LiveTimingTopic.LAP_COUNT));
        LapBuilder walk = new LapBuilder(raceLike, startedAt, endMs);
        walk.walk(of(topics, LiveTimingTopic.TIMING_DATA));
        StintTable stints = new StintTable();
        stints.walk(of(topics, LiveTimingTopic.TIMING_APP_DATA), endMs);

        Long chequered = null;
        if (raceLike) {
            for (Car c : walk.cars.values()) {
                LapAcc last = totalLaps == null ? null : c.laps.get(totalLaps);
                if (last != null && last.endTime != null && (chequered == null || last.endTime < chequered)) {
                    chequered = last.endTime;
                }
            }
            if (chequered == null) {
                chequered = statuses.stream().filter(s -> s.status().equals("Finished"))
                        .map(TopicReaders.Status::timeMs).findFirst().orElse(null);
            }
        }
        List<ArchiveLap> laps = new ArrayList<>();
        for (Car c : walk.cars.values()) {
            laps.addAll(carLaps(c, walk, stints.of(c.number), track, raceLike, quali, startedAt, chequered));
        }
        laps = markDeleted(laps, rcm);
        Map<String, Integer> usage = stints.compoundUsage();
        LiveTimingSession built = new LiveTimingSession(session, drivers, laps, walk.bests().result(), weather,
                track, rcm, totalLaps, startedAt, endMs, usage, missing, requests, bytes);
        return built.withCompounds(Compounds.weekendRelative(session.year(), usage));
    }

    private static List<StreamRecord> of(Map<LiveTimingTopic, List<StreamRecord>> topics, LiveTimingTopic t) {
        return topics.getOrDefault(t, List.of());
    }

    private static List<ArchiveLap> carLaps(Car c, LapBuilder walk, List<Stint> feed, List<ArchiveTrackStatus> track,
                                            boolean raceLike, boolean quali, Long startedAt, Long chequered) {
        int last = c.completed;
        LapAcc partial = c.laps.get(last + 1);
        boolean finished = raceLike && chequered != null && c.lastBoundary >= chequered;
        if (partial != null && (partial.hasData || partial.pitIn) && !finished) {
            last++;
        }
        List<LapAcc> accs = new ArrayList<>();
        for (int n = 1; n <= last; n++) {
            accs.add(c.lap(n));
        }
        // Outside races the pit exit itself raises NumberOfLaps: a leading pseudo lap without data is dropped and
        // the laps renumbered, as FastF1 does.
        if (!raceLike && !accs.isEmpty() && !accs.get(0).hasData && !accs.get(0).pitOut) {
            accs.remove(0);
            List<LapAcc> renumbered = new ArrayList<>();
            for (LapAcc a : accs) {
                renumbered.add(a.renumbered(a.lap - 1));
            }
            accs = renumbered;
        }
        // Integrity (FastF1 points 4-5): explicit "" -> sector sum; unchanged values are not re-sent.
        for (int i = 0; i < accs.size(); i++) {
            LapAcc a = accs.get(i);
            LapAcc prev = i > 0 ? accs.get(i - 1) : null;
            Integer sum = sum(a.sectors);
            if (a.lapTime == null && sum != null && a.endTime != null) {
                if (a.lapTimeEmpty) {
                    a.lapTime = sum;
                } else if (prev != null && prev.lapTime != null && Math.abs(sum - prev.lapTime) <= TOLERANCE_MS) {
                    a.lapTime = prev.lapTime;
                }
            }
            if (a.lapTime != null && prev != null) {
                int missingIdx = -1;
                int known = 0;
                for (int s = 0; s < 3; s++) {
                    if (a.sectors[s] == null) {
                        missingIdx = missingIdx == -1 ? s : -2;
                    } else {
                        known += a.sectors[s];
                    }
                }
                if (missingIdx >= 0 && prev.sectors[missingIdx] != null
                        && Math.abs(a.lapTime - known - prev.sectors[missingIdx]) <= TOLERANCE_MS) {
                    a.sectors[missingIdx] = prev.sectors[missingIdx];
                }
            }
            if (!raceLike && a.lapTime != null && a.lapTime >= MAX_NON_RACE_LAP_MS) {
                a.lapTime = null;
            }
            Integer s2 = sum(a.sectors);
            if (a.lapTime != null && s2 != null && s2 > a.lapTime + TOLERANCE_MS) {
                a.lapTime = null;
            }
        }
        // Stints: split at out-laps after the first lap; the feed's n-th stint describes the n-th split.
        List<ArchiveLap> out = new ArrayList<>();
        int stintIdx = 0;
        int stintStartLap = 1;
        Long prevEnd = null;
        for (LapAcc a : accs) {
            if (a.lap > 1 && a.pitOut) {
                stintIdx++;
                stintStartLap = a.lap;
            }
            Long start = a.lap == 1 ? (raceLike ? startedAt : a.startTime != null ? a.startTime : c.firstOut)
                    : a.pitOut && a.pitOutTime != null ? a.pitOutTime : prevEnd;
            Long end = a.endTime != null ? a.endTime : a.lastDataTime;
            prevEnd = a.endTime;
            Stint s = stintFor(feed, stintIdx, end);
            Integer life = s == null || s.startLaps == null ? null : s.startLaps + a.lap - stintStartLap + 1;
            String compound = s == null || s.compound == null || s.compound.equals("UNKNOWN")
                    || s.compound.equals("TEST_UNKNOWN") ? null : s.compound;
            out.add(new ArchiveLap(c.number, a.lap, a.endTime, a.lapTime, a.sectors[0], a.sectors[1], a.sectors[2],
                    a.i1, a.i2, a.fl, a.st, a.pitIn, a.pitOut,
                    s == null ? null : stintIdx + 1, compound, compound, life, s == null ? null : s.fresh,
                    statusDuring(track, start, end), quali ? walk.partAt(start != null ? start : end) : null, false,
                    null));
        }
        return out;
    }

    /** The feed's stint for the n-th split; when the feed has fewer, the latest one seen before the lap ended. */
    private static Stint stintFor(List<Stint> feed, int idx, Long lapEnd) {
        if (idx < feed.size()) {
            return feed.get(idx);
        }
        Stint best = null;
        for (Stint s : feed) {
            if (lapEnd == null || s.firstSeen <= lapEnd) {
                best = s;
            }
        }
        return best;
    }

    private static Integer sum(Integer[] s) {
        return s[0] == null || s[1] == null || s[2] == null ? null : s[0] + s[1] + s[2];
    }

    /**
     * The status in force just before the lap started, then every change in [start, end), in order of occurrence,
     * without repeats (FastF1's concatenation; a change exactly at a lap boundary belongs to the lap it starts).
     */
    static String statusDuring(List<ArchiveTrackStatus> track, Long start, Long end) {
        if (track.isEmpty() || end == null) {
            return null;
        }
        long from = start == null ? end : start;
        StringBuilder b = new StringBuilder();
        String atStart = null;
        for (ArchiveTrackStatus t : track) {
            if (t.timeMs() < from) {
                atStart = t.code();
            }
        }
        if (atStart != null) {
            b.append(atStart);
        }
        for (ArchiveTrackStatus t : track) {
            if (t.timeMs() >= from && t.timeMs() < end && b.indexOf(t.code()) < 0) {
                b.append(t.code());
            }
        }
        return b.length() == 0 ? null : b.toString();
    }

    /** Laps deleted by race control ("CAR 3 (RIC) TIME 1:27.113 DELETED - ..."), unless later reinstated. */
    static List<ArchiveLap> markDeleted(List<ArchiveLap> laps, List<ArchiveRaceControl> rcm) {
        List<String[]> deleted = new ArrayList<>();
        for (ArchiveRaceControl m : rcm) {
            Matcher r = REINSTATED.matcher(m.message());
            if (r.find()) {
                deleted.removeIf(d -> d[0].equals(r.group(1)) && d[1].equals(r.group(2)));
                continue;
            }
            Matcher d = DELETED.matcher(m.message());
            if (d.find()) {
                deleted.add(new String[] {d.group(1), d.group(2), d.group(3) == null ? null : d.group(3).trim()});
            }
        }
        if (deleted.isEmpty()) {
            return laps;
        }
        List<ArchiveLap> out = new ArrayList<>(laps);
        for (String[] d : deleted) {
            int car = Integer.parseInt(d[0]);
            Integer ms = Patches.millis(d[1]);
            for (int i = 0; i < out.size(); i++) {
                ArchiveLap l = out.get(i);
                if (l.carNumber() == car && ms != null && ms.equals(l.lapTimeMs()) && !l.deleted()) {
                    out.set(i, new ArchiveLap(l.carNumber(), l.lap(), l.endTimeMs(), l.lapTimeMs(), l.sector1Ms(),
                            l.sector2Ms(), l.sector3Ms(), l.speedI1(), l.speedI2(), l.speedFl(), l.speedSt(),
                            l.pitIn(), l.pitOut(), l.stint(), l.compound(), l.compoundName(), l.tyreLife(),
                            l.freshTyre(), l.trackStatus(), l.segment(), true, d[2]));
                    break;
                }
            }
        }
        return out;
    }
}
