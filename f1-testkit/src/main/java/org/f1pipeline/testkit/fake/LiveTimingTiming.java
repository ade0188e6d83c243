package org.f1pipeline.testkit.fake;

import static org.f1pipeline.testkit.fake.LiveTimingTopics.ORIGIN;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.testkit.synthetic.Entry;
import org.f1pipeline.testkit.synthetic.LapRow;
import org.f1pipeline.testkit.synthetic.QualifyingSegments;
import org.f1pipeline.testkit.synthetic.SessionData;
import org.f1pipeline.testkit.synthetic.StintRow;
import org.f1pipeline.testkit.synthetic.TimeFormats;

/** {@code TimingData} and {@code TimingAppData}: an initial full state, then per-sector and per-lap patches. */
final class LiveTimingTiming {
    private LiveTimingTiming() {
    }

    static LiveTimingStream timingData(SessionData d) {
        boolean race = d.session().raceLike();
        SessionType type = d.session().type();
        boolean quali = type == SessionType.QUALIFYING || type == SessionType.SPRINT_QUALIFYING;
        List<Entry> entries = d.round().entries();
        LiveTimingStream s = new LiveTimingStream();
        ObjectNode first = JolpicaJson.F.objectNode();
        if (quali) {
            first.putArray("NoEntries").add(0).add(0).add(0);
            first.put("SessionPart", 0);
        }
        first.putObject("Lines");
        first.put("Withheld", false);
        s.add(7_847, first);

        ObjectNode init = JolpicaJson.F.objectNode();
        if (quali) {
            ObjectNode no = init.putObject("NoEntries");
            for (int i = 0; i < 3; i++) {
                no.put(String.valueOf(i), QualifyingSegments.carsIn(i + 1, entries.size()));
            }
            init.put("SessionPart", 1);
            init.put("CutOffTime", "");
            init.put("CutOffPercentage", "107");
        }
        ObjectNode lines = init.putObject("Lines");
        for (int i = 0; i < entries.size(); i++) {
            lines.set(String.valueOf(entries.get(i).number()), initialLine(entries.get(i), i + 1, race, quali));
        }
        s.add(9_262, init);

        Map<Integer, Long> best = new HashMap<>();
        Map<Integer, Integer> stops = new HashMap<>();
        Map<Integer, Long> leaderEnd = new HashMap<>();
        Map<String, Long> endByLapPos = new HashMap<>();
        int part = 1;
        for (LapRow l : d.laps()) {
            if (quali && l.segment() > part) {
                part = l.segment();
                ObjectNode p = JolpicaJson.F.objectNode();
                p.put("SessionPart", part);
                // The cut-off: the slowest personal best so far (the real feed sends the elimination time).
                best.values().stream().max(Long::compare)
                        .ifPresent(t -> p.put("CutOffTime", TimeFormats.lapTime(t)));
                s.add(ORIGIN + QualifyingSegments.windows(d.round().year(), type)[part - 1][0], p);
            }
            String no = String.valueOf(l.number());
            if (l.pitOut()) {
                s.add(ORIGIN + l.startMs(), line(no, n -> {
                    n.put("InPit", false);
                    n.put("PitOut", true);
                }));
            }
            s.add(ORIGIN + l.startMs() + l.s1(), line(no, n -> {
                n.putObject("Sectors").putObject("0").put("Value", seconds(l.s1()));
                n.putObject("Speeds").putObject("I1").put("Value", String.valueOf(l.i1()));
                if (l.pitOut()) {
                    n.put("PitOut", false);
                }
            }));
            s.add(ORIGIN + l.startMs() + l.s1() + l.s2(), line(no, n -> {
                n.putObject("Sectors").putObject("1").put("Value", seconds(l.s2()));
                n.putObject("Speeds").putObject("I2").put("Value", String.valueOf(l.i2()));
            }));
            boolean improved = !l.pitOut() && !l.pitIn() && l.lapMs() < best.getOrDefault(l.number(), Long.MAX_VALUE);
            if (improved) {
                best.put(l.number(), l.lapMs());
            }
            if (l.position() == 1) {
                leaderEnd.put(l.lap(), l.endMs());
            }
            endByLapPos.put(l.lap() + "/" + l.position(), l.endMs());
            s.add(ORIGIN + l.endMs(), line(no, n -> {
                n.putObject("Sectors").putObject("2").put("Value", seconds(l.s3()));
                n.putObject("Speeds").putObject("ST").put("Value", String.valueOf(l.st()));
                n.putObject("LastLapTime").put("Value", TimeFormats.lapTime(l.lapMs()));
                n.put("NumberOfLaps", l.lap());
                if (improved) {
                    ObjectNode b = n.putObject("BestLapTime");
                    b.put("Value", TimeFormats.lapTime(l.lapMs()));
                    b.put("Lap", l.lap());
                    if (quali) {
                        ObjectNode seg = n.putObject("BestLapTimes").putObject(String.valueOf(l.segment() - 1));
                        seg.put("Value", TimeFormats.lapTime(l.lapMs()));
                        seg.put("Lap", l.lap());
                    }
                }
                if (race) {
                    n.put("Position", String.valueOf(l.position()));
                    n.put("Line", l.position());
                    long lead = leaderEnd.getOrDefault(l.lap(), l.endMs());
                    Long ahead = endByLapPos.get(l.lap() + "/" + (l.position() - 1));
                    n.put("GapToLeader", l.position() == 1 ? "LAP " + (l.lap() + 1) : "+" + seconds(l.endMs() - lead));
                    n.putObject("IntervalToPositionAhead").put("Value", l.position() == 1 ? "LAP " + (l.lap() + 1)
                            : "+" + seconds(l.endMs() - (ahead == null ? lead : ahead)));
                }
                if (l.pitIn()) {
                    n.put("InPit", true);
                    if (race) {
                        n.put("NumberOfPitStops", stops.merge(l.number(), 1, Integer::sum));
                    }
                }
            }));
        }
        return s;
    }

    private static ObjectNode initialLine(Entry e, int line, boolean race, boolean quali) {
        ObjectNode n = JolpicaJson.F.objectNode();
        if (race) {
            n.put("GapToLeader", "");
            ObjectNode iv = n.putObject("IntervalToPositionAhead");
            iv.put("Value", "");
            iv.put("Catching", false);
        } else if (quali) {
            ArrayNode stats = n.putArray("Stats");
            for (int i = 0; i < 3; i++) {
                ObjectNode st = stats.addObject();
                st.put("TimeDiffToFastest", "");
                st.put("TimeDifftoPositionAhead", "");
            }
            n.put("KnockedOut", false);
            n.put("Cutoff", false);
            ArrayNode blt = n.putArray("BestLapTimes");
            blt.addObject().put("Value", "");
            blt.addObject();
            blt.addObject();
        } else {
            n.put("TimeDiffToFastest", "");
            n.put("TimeDiffToPositionAhead", "");
        }
        n.put("Line", line);
        n.put("Position", String.valueOf(line));
        n.put("ShowPosition", true);
        n.put("RacingNumber", String.valueOf(e.number()));
        n.put("Retired", false);
        n.put("InPit", true);
        n.put("PitOut", false);
        n.put("Stopped", false);
        n.put("Status", 80);
        ArrayNode sectors = n.putArray("Sectors");
        for (int i = 0; i < 3; i++) {
            ObjectNode sec = sectors.addObject();
            sec.put("Stopped", false);
            sec.put("Value", "");
            sec.put("Status", 0);
            sec.put("OverallFastest", false);
            sec.put("PersonalFastest", false);
        }
        ObjectNode speeds = n.putObject("Speeds");
        for (String k : new String[] {"I1", "I2", "FL", "ST"}) {
            ObjectNode sp = speeds.putObject(k);
            sp.put("Value", "");
            sp.put("Status", 0);
            sp.put("OverallFastest", false);
            sp.put("PersonalFastest", false);
        }
        n.putObject("BestLapTime").put("Value", "");
        ObjectNode last = n.putObject("LastLapTime");
        last.put("Value", "");
        last.put("Status", 0);
        last.put("OverallFastest", false);
        last.put("PersonalFastest", false);
        return n;
    }

    private static ObjectNode line(String number, java.util.function.Consumer<ObjectNode> body) {
        ObjectNode rec = JolpicaJson.F.objectNode();
        body.accept(rec.putObject("Lines").putObject(number));
        return rec;
    }

    private static String seconds(long ms) {
        return TimeFormats.lapTime(ms);
    }

    static LiveTimingStream timingAppData(SessionData d) {
        LiveTimingStream s = new LiveTimingStream();
        ObjectNode first = JolpicaJson.F.objectNode();
        ObjectNode lines = first.putObject("Lines");
        for (Entry e : d.round().entries()) {
            ObjectNode n = lines.putObject(String.valueOf(e.number()));
            n.put("RacingNumber", String.valueOf(e.number()));
            n.putArray("Stints");
        }
        s.add(3_546, first);
        if (d.session().raceLike()) {
            ObjectNode grid = JolpicaJson.F.objectNode();
            ObjectNode gl = grid.putObject("Lines");
            d.laps().stream().filter(l -> l.lap() == 1).forEach(l -> {
                ObjectNode n = gl.putObject(String.valueOf(l.number()));
                n.put("Line", l.position());
                n.put("GridPos", String.valueOf(l.position()));
            });
            s.add(9_262, grid);
        }
        for (StintRow st : d.stints()) {
            LapRow firstLap = d.lapsOf(st.number()).stream().filter(l -> l.lap() == st.lapStart()).findFirst().orElse(null);
            long at = firstLap == null ? 0 : firstLap.startMs();
            ObjectNode rec = JolpicaJson.F.objectNode();
            ObjectNode stint = rec.putObject("Lines").putObject(String.valueOf(st.number())).putObject("Stints")
                    .putObject(String.valueOf(st.stint() - 1));
            stint.put("LapFlags", 0);
            stint.put("Compound", st.compound());
            stint.put("New", st.fresh() ? "true" : "false");
            stint.put("TyresNotChanged", "0");
            stint.put("TotalLaps", st.tyreAgeAtStart());
            stint.put("StartLaps", st.tyreAgeAtStart());
            s.add(ORIGIN + at - 2_000, rec);
            ObjectNode done = JolpicaJson.F.objectNode();
            done.putObject("Lines").putObject(String.valueOf(st.number())).putObject("Stints")
                    .putObject(String.valueOf(st.stint() - 1))
                    .put("TotalLaps", st.tyreAgeAtStart() + st.lapEnd() - st.lapStart() + 1);
            LapRow lastLap = d.lapsOf(st.number()).stream().filter(l -> l.lap() == st.lapEnd()).findFirst().orElse(null);
            s.add(ORIGIN + (lastLap == null ? at : lastLap.endMs()), done);
        }
        return s;
    }
}
