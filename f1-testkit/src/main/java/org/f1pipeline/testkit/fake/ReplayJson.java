package org.f1pipeline.testkit.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Locale;
import org.f1pipeline.testkit.history.ErgastHistory;

/**
 * Jolpica object shapes for the real record ({@link ErgastHistory}): every scalar a string, null keys omitted, the
 * files' values kept as they are (ids in their case, position texts, time texts), as Jolpica serves its Ergast import.
 */
final class ReplayJson {

    private ReplayJson() {
    }

    static ObjectNode circuit(ErgastHistory.Circuit c) {
        ObjectNode n = JolpicaJson.F.objectNode();
        n.put("circuitId", c.ref());
        put(n, "url", c.url());
        n.put("circuitName", c.name());
        ObjectNode loc = n.putObject("Location");
        if (c.lat() != null) {
            loc.put("lat", decimal(c.lat()));
        }
        if (c.lng() != null) {
            loc.put("long", decimal(c.lng()));
        }
        put(loc, "locality", c.location());
        put(loc, "country", c.country());
        return n;
    }

    static ObjectNode driver(ErgastHistory.Driver d) {
        ObjectNode n = JolpicaJson.F.objectNode();
        n.put("driverId", d.ref());
        if (d.number() != null) {
            n.put("permanentNumber", String.valueOf(d.number()));
        }
        put(n, "code", d.code());
        put(n, "url", d.url());
        put(n, "givenName", d.forename());
        put(n, "familyName", d.surname());
        put(n, "dateOfBirth", d.dateOfBirth());
        put(n, "nationality", d.nationality());
        return n;
    }

    static ObjectNode constructor(ErgastHistory.Constructor c) {
        ObjectNode n = JolpicaJson.F.objectNode();
        n.put("constructorId", c.ref());
        put(n, "url", c.url());
        n.put("name", c.name());
        put(n, "nationality", c.nationality());
        return n;
    }

    /** Race header: season, round, url, raceName, Circuit, date and (when known) the UTC start time. */
    static ObjectNode race(ErgastHistory h, ErgastHistory.Race r) {
        ObjectNode n = JolpicaJson.F.objectNode();
        n.put("season", String.valueOf(r.year()));
        n.put("round", String.valueOf(r.round()));
        put(n, "url", r.url());
        n.put("raceName", r.name());
        n.set("Circuit", circuit(h.circuit(r.circuitId())));
        n.put("date", r.date().toString());
        if (r.time() != null && !r.time().isBlank()) {
            n.put("time", r.time() + "Z");
        }
        return n;
    }

    /** A {@code Results[]} row; {@code position} is the classification order over every row (Ergast's positionOrder). */
    static ObjectNode result(ErgastHistory h, ErgastHistory.Result r) {
        ObjectNode n = JolpicaJson.F.objectNode();
        put(n, "number", r.number());
        n.put("position", String.valueOf(r.positionOrder()));
        n.put("positionText", r.positionText());
        n.put("points", decimal(r.points()));
        n.set("Driver", driver(h.driver(r.driverId())));
        n.set("Constructor", constructor(h.constructor(r.constructorId())));
        n.put("grid", String.valueOf(r.grid()));
        n.put("laps", String.valueOf(r.laps()));
        n.put("status", h.status(r.statusId()));
        if (r.milliseconds() != null || r.time() != null) {
            ObjectNode t = n.putObject("Time");
            if (r.milliseconds() != null) {
                t.put("millis", String.valueOf(r.milliseconds()));
            }
            put(t, "time", r.time());
        }
        if (r.fastestLap() != null || r.fastestLapTime() != null) {
            ObjectNode fl = n.putObject("FastestLap");
            if (r.rank() != null) {
                fl.put("rank", String.valueOf(r.rank()));
            }
            if (r.fastestLap() != null) {
                fl.put("lap", String.valueOf(r.fastestLap()));
            }
            if (r.fastestLapTime() != null) {
                fl.putObject("Time").put("time", r.fastestLapTime());
            }
            if (r.fastestLapSpeed() != null && !r.fastestLapSpeed().isBlank()) {
                ObjectNode avg = fl.putObject("AverageSpeed");
                avg.put("units", "kph");
                avg.put("speed", String.format(Locale.ROOT, "%.3f", Double.parseDouble(r.fastestLapSpeed())));
            }
        }
        return n;
    }

    /** A {@code QualifyingResults[]} row; segments the file has no time for are omitted. */
    static ObjectNode qualifying(ErgastHistory h, ErgastHistory.Qualifying q) {
        ObjectNode n = JolpicaJson.F.objectNode();
        if (q.number() != null) {
            n.put("number", String.valueOf(q.number()));
        }
        n.put("position", String.valueOf(q.position()));
        n.set("Driver", driver(h.driver(q.driverId())));
        n.set("Constructor", constructor(h.constructor(q.constructorId())));
        put(n, "Q1", q.q1());
        put(n, "Q2", q.q2());
        put(n, "Q3", q.q3());
        return n;
    }

    static ObjectNode pitStop(ErgastHistory h, ErgastHistory.PitStop p) {
        ObjectNode n = JolpicaJson.F.objectNode();
        n.put("driverId", h.driver(p.driverId()).ref());
        n.put("lap", String.valueOf(p.lap()));
        n.put("stop", String.valueOf(p.stop()));
        put(n, "time", p.time());
        put(n, "duration", p.duration());
        return n;
    }

    /** {@code 10}, {@code 4.5}, {@code 1.33}: no trailing zeros, no exponent. */
    static String decimal(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static void put(ObjectNode n, String key, String value) {
        if (value != null) {
            n.put(key, value);
        }
    }
}
