package org.f1pipeline.testkit.fake;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.f1pipeline.testkit.synthetic.Eras;
import org.f1pipeline.testkit.synthetic.LapRow;
import org.f1pipeline.testkit.synthetic.PitStopRow;
import org.f1pipeline.testkit.synthetic.QualifyingRow;
import org.f1pipeline.testkit.synthetic.ResultRow;
import org.f1pipeline.testkit.synthetic.SynthCircuit;
import org.f1pipeline.testkit.synthetic.SynthConstructor;
import org.f1pipeline.testkit.synthetic.SynthDriver;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.f1pipeline.testkit.synthetic.SyntheticSession;
import org.f1pipeline.testkit.synthetic.TimeFormats;

/** Jolpica object shapes: every scalar a string, null keys omitted (like Jolpica's serializers). */
final class JolpicaJson {
    static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private JolpicaJson() {
    }

    static ObjectNode circuit(SynthCircuit c) {
        ObjectNode n = F.objectNode();
        n.put("circuitId", c.circuitId());
        n.put("url", c.url());
        n.put("circuitName", c.circuitName());
        ObjectNode loc = n.putObject("Location");
        loc.put("lat", c.lat());
        loc.put("long", c.lng());
        loc.put("locality", c.locality());
        loc.put("country", c.country());
        return n;
    }

    static ObjectNode driver(SynthDriver d) {
        ObjectNode n = F.objectNode();
        n.put("driverId", d.driverId());
        if (d.permanentNumber() != null) {
            n.put("permanentNumber", String.valueOf(d.permanentNumber()));
        }
        if (d.code() != null) {
            n.put("code", d.code());
        }
        n.put("url", d.url());
        n.put("givenName", d.givenName());
        n.put("familyName", d.familyName());
        n.put("dateOfBirth", d.dateOfBirth());
        n.put("nationality", d.nationality());
        return n;
    }

    static ObjectNode constructor(SynthConstructor c) {
        ObjectNode n = F.objectNode();
        n.put("constructorId", c.constructorId());
        n.put("url", c.url());
        n.put("name", c.name());
        n.put("nationality", c.nationality());
        return n;
    }

    /** Race header; with {@code sessions} the schedule's session sub-objects are added (2018+). */
    static ObjectNode race(SyntheticRound r, boolean sessions) {
        ObjectNode n = F.objectNode();
        n.put("season", String.valueOf(r.year()));
        n.put("round", String.valueOf(r.round()));
        n.put("url", r.url());
        n.put("raceName", r.raceName());
        n.set("Circuit", circuit(r.circuit()));
        Instant start = r.raceStart();
        if (Eras.scheduleHasRaceTime(r.year())) {
            n.put("date", start.atZone(ZoneOffset.UTC).toLocalDate().toString());
            n.put("time", TIME.format(start));
        } else {
            n.put("date", r.raceDateLocal().toString());
        }
        if (sessions && Eras.scheduleHasSessions(r.year())) {
            for (SyntheticSession s : r.sessions()) {
                String key = s.jolpicaKey(r.year());
                if (key != null) {
                    ObjectNode o = n.putObject(key);
                    o.put("date", s.start().atZone(ZoneOffset.UTC).toLocalDate().toString());
                    o.put("time", TIME.format(s.start()));
                }
            }
        }
        return n;
    }

    static ObjectNode result(ResultRow row, boolean sprint, SyntheticRound r) {
        ObjectNode n = F.objectNode();
        n.put("number", String.valueOf(row.entry().number()));
        n.put("position", String.valueOf(row.position()));
        n.put("positionText", row.positionText());
        n.put("points", String.valueOf(row.points()));
        n.set("Driver", driver(row.entry().driver()));
        n.set("Constructor", constructor(row.entry().constructor()));
        n.put("grid", String.valueOf(row.grid()));
        n.put("laps", String.valueOf(row.laps()));
        n.put("status", row.status());
        if (row.millis() != null) {
            ObjectNode t = n.putObject("Time");
            t.put("millis", String.valueOf(row.millis()));
            t.put("time", row.timeText());
        }
        if (row.fastestLap() != null) {
            ObjectNode fl = n.putObject("FastestLap");
            if (!sprint) {
                fl.put("rank", String.valueOf(row.fastestLapRank()));
            }
            fl.put("lap", String.valueOf(row.fastestLap()));
            fl.putObject("Time").put("time", TimeFormats.lapTime(row.fastestLapMs()));
            if (!sprint && r.year() <= 2024) {
                // Recent Jolpica data has no average speed; older rows print km/h with 3 decimals.
                double kph = r.circuit().lengthKm() / (row.fastestLapMs() / 3_600_000.0);
                ObjectNode avg = fl.putObject("AverageSpeed");
                avg.put("units", "kph");
                avg.put("speed", String.format(Locale.ROOT, "%.3f", kph));
            }
        }
        return n;
    }

    static ObjectNode qualifying(QualifyingRow q) {
        ObjectNode n = F.objectNode();
        n.put("number", String.valueOf(q.entry().number()));
        n.put("position", String.valueOf(q.position()));
        n.set("Driver", driver(q.entry().driver()));
        n.set("Constructor", constructor(q.entry().constructor()));
        putSegment(n, "Q1", q.q1());
        putSegment(n, "Q2", q.q2());
        putSegment(n, "Q3", q.q3());
        return n;
    }

    private static void putSegment(ObjectNode n, String key, Long ms) {
        if (ms != null) {
            n.put(key, ms == QualifyingRow.NO_TIME ? "" : TimeFormats.lapTime(ms));
        }
    }

    static ObjectNode timing(LapRow l) {
        ObjectNode n = F.objectNode();
        n.put("driverId", l.driverId());
        n.put("position", String.valueOf(l.position()));
        n.put("time", TimeFormats.lapTime(l.lapMs()));
        return n;
    }

    static ObjectNode pitStop(PitStopRow p, SyntheticRound r) {
        ObjectNode n = F.objectNode();
        n.put("driverId", p.driverId());
        n.put("lap", String.valueOf(p.lap()));
        n.put("stop", String.valueOf(p.stop()));
        // Jolpica prints the local time of day at the circuit.
        Instant at = r.raceStart().plusMillis(p.atMs()).plusSeconds(r.circuit().gmtOffsetMinutes() * 60L);
        n.put("time", DAY_TIME.format(at));
        n.put("duration", TimeFormats.pitDuration(p.laneMs()));
        return n;
    }
}
