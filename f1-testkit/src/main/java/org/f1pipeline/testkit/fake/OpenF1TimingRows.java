package org.f1pipeline.testkit.fake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.f1pipeline.testkit.synthetic.LapRow;
import org.f1pipeline.testkit.synthetic.PitStopRow;
import org.f1pipeline.testkit.synthetic.QualifyingSegments;
import org.f1pipeline.testkit.synthetic.RaceControlMessage;
import org.f1pipeline.testkit.synthetic.SessionData;
import org.f1pipeline.testkit.synthetic.StintRow;
import org.f1pipeline.testkit.synthetic.WeatherSample;

/** OpenF1 rows built from one session's detail (laps, stints, pit, weather, race control, timing, telemetry). */
final class OpenF1TimingRows {
    private final SessionData d;
    private final int meeting;
    private final int session;
    private final Instant start;
    private final IntPredicate car;

    OpenF1TimingRows(SessionData d, IntPredicate car) {
        this.d = d;
        this.meeting = d.round().meetingKey();
        this.session = d.session().key();
        this.start = d.session().start();
        this.car = car;
    }

    private String at(long ms) {
        return OpenF1Json.date(start.plusMillis(ms));
    }

    private static double s(long ms) {
        return OpenF1Json.round3(ms / 1000.0);
    }

    List<Map<String, Object>> laps() {
        List<Map<String, Object>> out = new ArrayList<>();
        boolean race = d.session().raceLike();
        for (LapRow l : d.laps()) {
            if (!car.test(l.number())) {
                continue;
            }
            out.add(OpenF1Json.row("date_start", at(l.startMs()), "driver_number", l.number(),
                    "duration_sector_1", race && l.lap() == 1 ? null : s(l.s1()), "duration_sector_2", s(l.s2()),
                    "duration_sector_3", s(l.s3()), "i1_speed", l.i1(), "i2_speed", l.i2(),
                    "is_pit_out_lap", l.pitOut(), "lap_duration", s(l.lapMs()), "lap_number", l.lap(),
                    "meeting_key", meeting, "segments_sector_1", segments(l, 1, 9),
                    "segments_sector_2", segments(l, 2, 11), "segments_sector_3", segments(l, 3, 7),
                    "session_key", session, "st_speed", l.st()));
        }
        return out;
    }

    private static List<Integer> segments(LapRow l, int sector, int count) {
        List<Integer> out = new ArrayList<>();
        long h = l.lapMs() * 31 + l.number() * 7L + sector;
        for (int i = 0; i < count; i++) {
            long v = Math.floorMod(h >> i, 10);
            out.add(l.pitOut() && sector == 1 && i < 2 ? 2064 : v < 6 ? 2049 : v < 9 ? 2048 : 2051);
        }
        return out;
    }

    List<Map<String, Object>> stints() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (StintRow st : d.stints()) {
            if (car.test(st.number())) {
                out.add(OpenF1Json.row("compound", st.compound(), "driver_number", st.number(), "lap_end", st.lapEnd(),
                        "lap_start", st.lapStart(), "meeting_key", meeting, "session_key", session,
                        "stint_number", st.stint(), "tyre_age_at_start", st.tyreAgeAtStart()));
            }
        }
        return out;
    }

    List<Map<String, Object>> pit() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (PitStopRow p : d.pitStops()) {
            if (car.test(p.number())) {
                Map<String, Object> row = OpenF1Json.row("date", at(p.atMs()), "driver_number", p.number(),
                        "lane_duration", s(p.laneMs()), "lap_number", p.lap(), "meeting_key", meeting,
                        "pit_duration", s(p.laneMs()), "session_key", session);
                if (d.round().year() >= 2025) {
                    row.put("stop_duration", OpenF1Json.round3(p.stationaryMs() / 1000.0));
                }
                out.add(row);
            }
        }
        return out;
    }

    List<Map<String, Object>> weather() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (WeatherSample w : d.weather()) {
            out.add(OpenF1Json.row("air_temperature", w.airTemp(), "date", at(w.atMs() + 233), "humidity",
                    w.humidity(), "meeting_key", meeting, "pressure", w.pressure(), "rainfall", w.rainfall() ? 1 : 0,
                    "session_key", session, "track_temperature", w.trackTemp(), "wind_direction", w.windDirection(),
                    "wind_speed", w.windSpeed()));
        }
        return out;
    }

    List<Map<String, Object>> raceControl() {
        List<Map<String, Object>> out = new ArrayList<>();
        int year = d.round().year();
        for (RaceControlMessage m : d.raceControl()) {
            Integer phase = QualifyingSegments.segmentAt(year, d.session().type(), m.atMs());
            out.add(OpenF1Json.row("category", m.category(), "date", at(m.atMs()), "driver_number", m.number(),
                    "flag", m.flag(), "lap_number", m.lap(), "meeting_key", meeting, "message", m.message(),
                    "qualifying_phase", phase == 0 ? null : phase, "scope", m.scope(), "sector", m.sector(),
                    "session_key", session));
        }
        return out;
    }

    /** Position rows at the start and whenever a car's position changes at a lap end (races only). */
    List<Map<String, Object>> position() {
        List<Map<String, Object>> out = new ArrayList<>();
        Map<Integer, Integer> last = new HashMap<>();
        for (LapRow l : d.laps()) {
            if (!d.session().raceLike()) {
                break;
            }
            if (l.lap() == 1 && !last.containsKey(l.number()) && car.test(l.number())) {
                out.add(posRow(-60_000, l.number(), l.position()));
            }
            Integer before = last.put(l.number(), l.position());
            if (before != null && before != l.position() && car.test(l.number())) {
                out.add(posRow(l.endMs(), l.number(), l.position()));
            }
        }
        return out;
    }

    private Map<String, Object> posRow(long ms, int number, int position) {
        return OpenF1Json.row("date", at(ms), "driver_number", number, "meeting_key", meeting, "position", position,
                "session_key", session);
    }

    /** Gap to leader and interval at every lap end (races only); lapped cars get "+N LAP(S)". */
    List<Map<String, Object>> intervals() {
        List<Map<String, Object>> out = new ArrayList<>();
        if (!d.session().raceLike()) {
            return out;
        }
        Map<Integer, LapRow> byPosition = new HashMap<>();
        Map<Integer, Long> leaderEnd = new HashMap<>();
        int lapNo = 0;
        for (LapRow l : d.laps()) {
            if (l.lap() != lapNo) {
                lapNo = l.lap();
                byPosition.clear();
            }
            byPosition.put(l.position(), l);
            if (l.position() == 1) {
                leaderEnd.put(l.lap(), l.endMs());
                if (car.test(l.number())) {
                    out.add(intervalRow(l, null, null));
                }
                continue;
            }
            if (!car.test(l.number())) {
                continue;
            }
            LapRow ahead = byPosition.get(l.position() - 1);
            Object gap = OpenF1Json.round3((l.endMs() - leaderEnd.getOrDefault(l.lap(), l.endMs())) / 1000.0);
            Object interval = ahead == null ? null : OpenF1Json.round3((l.endMs() - ahead.endMs()) / 1000.0);
            Long leaderNext = leaderEnd.get(l.lap() + 1);
            if (leaderNext != null && leaderNext < l.endMs()) {
                gap = "+1 LAP";
            }
            out.add(intervalRow(l, gap, interval));
        }
        return out;
    }

    private Map<String, Object> intervalRow(LapRow l, Object gap, Object interval) {
        return OpenF1Json.row("date", at(l.endMs() + 150), "driver_number", l.number(), "gap_to_leader", gap,
                "interval", interval, "meeting_key", meeting, "session_key", session);
    }

    List<Map<String, Object>> overtakes() {
        List<Map<String, Object>> out = new ArrayList<>();
        if (!d.session().raceLike()) {
            return out;
        }
        Map<Integer, Map<Integer, Integer>> posByLap = new HashMap<>();
        for (LapRow l : d.laps()) {
            posByLap.computeIfAbsent(l.lap(), k -> new HashMap<>()).put(l.position(), l.number());
        }
        for (LapRow l : d.laps()) {
            Map<Integer, Integer> prev = posByLap.get(l.lap() - 1);
            if (prev == null || !car.test(l.number())) {
                continue;
            }
            Integer wasAhead = prev.get(l.position());
            Integer before = prev.entrySet().stream().filter(e -> e.getValue() == l.number())
                    .map(Map.Entry::getKey).findFirst().orElse(null);
            if (wasAhead != null && before != null && before > l.position() && wasAhead != l.number()) {
                out.add(OpenF1Json.row("date", at(l.endMs() - 20_000), "meeting_key", meeting,
                        "overtaken_driver_number", wasAhead, "overtaking_driver_number", l.number(),
                        "position", l.position(), "session_key", session));
            }
        }
        return out;
    }

    List<Map<String, Object>> teamRadio() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (LapRow l : d.laps()) {
            if (l.pitIn() && car.test(l.number())) {
                Instant t = start.plusMillis(l.endMs() - 30_000);
                String ref = d.round().entry(l.number()).driver().reference().substring(0, 6);
                String stamp = t.toString().replace("-", "").replace(":", "").replace("T", "_").substring(0, 15);
                out.add(OpenF1Json.row("date", OpenF1Json.date(t), "driver_number", l.number(), "meeting_key", meeting,
                        "recording_url", "https://livetiming.formula1.com/static/" + d.round().liveTimingPath()
                                + LiveTimingPaths.sessionFolder(d.round(), d.session()) + "TeamRadio/" + ref + "_"
                                + l.number() + "_" + stamp + ".mp3", "session_key", session));
            }
        }
        return out;
    }

    /** Car telemetry or positions sampled every {@code periodMs} while each car is on track. */
    List<Map<String, Object>> telemetry(boolean location, long periodMs) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (LapRow l : d.laps()) {
            if (!car.test(l.number())) {
                continue;
            }
            for (long t = l.startMs() - Math.floorMod(l.startMs(), periodMs) + periodMs; t < l.endMs(); t += periodMs) {
                double phase = (t - l.startMs()) / (double) l.lapMs();
                double wave = Math.abs(Math.sin(phase * Math.PI * 6));
                if (location) {
                    out.add(OpenF1Json.row("date", at(t), "driver_number", l.number(), "meeting_key", meeting,
                            "session_key", session, "x", (int) (3000 * Math.cos(phase * 2 * Math.PI)),
                            "y", (int) (1800 * Math.sin(phase * 2 * Math.PI)), "z", 120 + (int) (10 * wave)));
                } else {
                    int speed = (int) (110 + 210 * wave);
                    out.add(OpenF1Json.row("brake", wave < 0.3 ? 100 : 0, "date", at(t), "driver_number", l.number(),
                            "drs", speed > 290 ? 12 : 8, "meeting_key", meeting, "n_gear", Math.min(8, 2 + speed / 45),
                            "rpm", 9000 + (int) (3000 * wave), "session_key", session, "speed", speed,
                            "throttle", wave < 0.3 ? 0 : 99));
                }
            }
        }
        return out;
    }
}
