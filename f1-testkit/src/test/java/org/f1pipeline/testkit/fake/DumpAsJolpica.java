package org.f1pipeline.testkit.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.f1pipeline.testkit.dump.DumpTablesReader;

/**
 * Test helper: Jolpica's Ergast serializers (jolpica_api/ergastapi/serializers.py), re-implemented over the rows of a
 * dump, so a test can check that the rows give back exactly what the fake Jolpica serves.
 */
final class DumpAsJolpica {
    private final Map<String, Map<String, String>> drivers;
    private final Map<String, Map<String, String>> teams;
    private final Map<String, Map<String, String>> circuits;
    private final Map<String, Map<String, String>> teamDrivers;
    private final Map<String, Map<String, String>> roundEntries;
    private final Map<String, Map<String, String>> sessions;
    private final Map<String, String> seasonYear = new HashMap<>();
    private final List<Map<String, String>> rounds;
    private final Map<String, List<Map<String, String>>> entriesBySession;
    private final Map<String, List<Map<String, String>>> lapsByEntry;
    private final Map<String, Map<String, String>> laps;
    private final List<Map<String, String>> pitStops;

    DumpAsJolpica(DumpTablesReader d) {
        drivers = byId(d.rows("driver"));
        teams = byId(d.rows("team"));
        circuits = byId(d.rows("circuit"));
        teamDrivers = byId(d.rows("teamdriver"));
        roundEntries = byId(d.rows("roundentry"));
        sessions = byId(d.rows("session"));
        d.rows("season").forEach(s -> seasonYear.put(s.get("id"), s.get("year")));
        rounds = d.rows("round");
        entriesBySession = d.rows("sessionentry").stream().collect(Collectors.groupingBy(e -> e.get("session_id")));
        List<Map<String, String>> lapRows = d.rows("lap");
        laps = byId(lapRows);
        lapsByEntry = lapRows.stream().collect(Collectors.groupingBy(l -> l.get("session_entry_id")));
        pitStops = d.rows("pitstop");
    }

    private static Map<String, Map<String, String>> byId(List<Map<String, String>> rows) {
        Map<String, Map<String, String>> out = new HashMap<>();
        rows.forEach(r -> out.put(r.get("id"), r));
        return out;
    }

    Map<String, String> round(int year, int number) {
        return rounds.stream().filter(r -> seasonYear.get(r.get("season_id")).equals(String.valueOf(year))
                && r.get("number").equals(String.valueOf(number))).findFirst().orElseThrow();
    }

    List<Map<String, String>> sessionsOf(Map<String, String> round) {
        return sessions.values().stream().filter(s -> s.get("round_id").equals(round.get("id")))
                .sorted(Comparator.comparingInt(s -> Integer.parseInt(s.get("number")))).toList();
    }

    private Map<String, String> session(Map<String, String> round, String type) {
        return sessionsOf(round).stream().filter(s -> s.get("type").equals(type)).findFirst().orElse(null);
    }

    /** RaceSerializer: the race header with the session sub-objects (sessions with time data only). */
    ObjectNode race(int year, int number) {
        Map<String, String> r = round(year, number);
        ObjectNode n = JolpicaJson.F.objectNode();
        n.put("season", String.valueOf(year));
        n.put("round", r.get("number"));
        n.put("url", r.get("wikipedia"));
        n.put("raceName", r.get("name"));
        Map<String, String> c = circuits.get(r.get("circuit_id"));
        ObjectNode cn = n.putObject("Circuit");
        cn.put("circuitId", c.get("reference"));
        cn.put("url", c.get("wikipedia"));
        cn.put("circuitName", c.get("name"));
        ObjectNode loc = cn.putObject("Location");
        loc.put("lat", pyFloat(c.get("latitude")));
        loc.put("long", pyFloat(c.get("longitude")));
        loc.put("locality", c.get("locality"));
        loc.put("country", c.get("country"));
        n.put("date", r.get("date"));
        Map<String, String> race = session(r, "R");
        if (race != null && "t".equals(race.get("has_time_data"))) {
            n.put("time", race.get("timestamp").substring(11, 19) + "Z");
        }
        String[][] keys = {{"FP1", "FirstPractice"}, {"FP2", "SecondPractice"}, {"FP3", "ThirdPractice"},
            {"Q1", "Qualifying"}, {"SR", "Sprint"}, {"SQ1", year == 2023 ? "SprintShootout" : "SprintQualifying"}};
        for (String[] k : keys) {
            Map<String, String> s = session(r, k[0]);
            if (s != null && "t".equals(s.get("has_time_data"))) {
                ObjectNode o = n.putObject(k[1]);
                o.put("date", s.get("timestamp").substring(0, 10));
                o.put("time", s.get("timestamp").substring(11, 19) + "Z");
            }
        }
        return n;
    }

    /** ListResultsSerializer for the R or SR session of a round, ordered by position. */
    List<ObjectNode> results(int year, int number, String type) {
        Map<String, String> s = session(round(year, number), type);
        if (s == null) {
            return List.of();
        }
        List<Map<String, String>> rows = new ArrayList<>(entriesBySession.getOrDefault(s.get("id"), List.of()));
        rows.sort(Comparator.comparingInt(e -> Integer.parseInt(e.get("position"))));
        Long winner = rows.stream().filter(e -> e.get("position").equals("1")).map(e -> ms(e.get("time")))
                .findFirst().orElse(null);
        List<ObjectNode> out = new ArrayList<>();
        for (Map<String, String> e : rows) {
            Map<String, String> re = roundEntries.get(e.get("round_entry_id"));
            ObjectNode n = JolpicaJson.F.objectNode();
            putIf(n, "number", re.get("car_number"));
            n.put("position", e.get("position"));
            n.put("positionText", positionText(e));
            if (e.get("points") != null) {
                BigDecimal p = new BigDecimal(e.get("points"));
                n.put("points", p.stripTrailingZeros().scale() <= 0 ? String.valueOf(p.intValue()) : e.get("points"));
            }
            n.set("Driver", driver(re));
            n.set("Constructor", constructor(re));
            n.put("grid", e.get("grid"));
            n.put("laps", e.get("laps_completed"));
            n.put("status", e.get("detail"));
            Long t = ms(e.get("time"));
            if (t != null && t != 0) {
                ObjectNode tn = n.putObject("Time");
                tn.put("millis", String.valueOf(t));
                // Winner: its own time; others: + the gap; a lapped car with less time than the winner gets ""
                // (the fake's rule for Jolpica's meaningless 2023+ gaps).
                tn.put("time", t.equals(winner) ? clock(t) : t > winner ? "+" + clock(t - winner) : "");
            }
            Map<String, String> fl = fastestLap(e);
            if (fl != null) {
                ObjectNode f = n.putObject("FastestLap");
                if (e.get("fastest_lap_rank") != null) {
                    f.put("rank", e.get("fastest_lap_rank"));
                }
                f.put("lap", fl.get("number"));
                f.putObject("Time").put("time", clock(ms(fl.get("time"))));
                if (fl.get("average_speed") != null) {
                    ObjectNode a = f.putObject("AverageSpeed");
                    a.put("units", "kph");
                    // Jolpica pads str(float) to 7 characters, which gives 4 decimals below 100 km/h; the fakes
                    // print 3 decimals, which is what the padding means to do.
                    a.put("speed", new BigDecimal(fl.get("average_speed")).setScale(3).toPlainString());
                }
            }
            out.add(n);
        }
        return out;
    }

    /** ListQualifyingSerializer over the Q* (or SQ*) sessions of a round, ordered by position. */
    List<ObjectNode> qualifying(int year, int number, String prefix) {
        List<Map<String, String>> qs = sessionsOf(round(year, number)).stream()
                .filter(s -> s.get("type").startsWith(prefix)).toList();
        Map<String, List<Object[]>> byEntry = new java.util.LinkedHashMap<>();
        for (Map<String, String> s : qs) {
            for (Map<String, String> e : entriesBySession.getOrDefault(s.get("id"), List.of())) {
                byEntry.computeIfAbsent(e.get("round_entry_id"), k -> new ArrayList<>()).add(new Object[] {s, e});
            }
        }
        List<ObjectNode> out = new ArrayList<>();
        for (Map.Entry<String, List<Object[]>> be : byEntry.entrySet()) {
            Map<String, String> re = roundEntries.get(be.getKey());
            ObjectNode n = JolpicaJson.F.objectNode();
            putIf(n, "number", re.get("car_number"));
            @SuppressWarnings("unchecked")
            Map<String, String> last = (Map<String, String>) be.getValue().get(be.getValue().size() - 1)[1];
            n.put("position", last.get("position"));
            n.set("Driver", driver(re));
            n.set("Constructor", constructor(re));
            for (Object[] se : be.getValue()) {
                @SuppressWarnings("unchecked")
                Map<String, String> s = (Map<String, String>) se[0];
                @SuppressWarnings("unchecked")
                Map<String, String> e = (Map<String, String>) se[1];
                Map<String, String> fl = fastestLap(e);
                String time = fl.get("time") == null ? "" : clock(ms(fl.get("time")));
                String type = s.get("type").substring(prefix.length() - 1);
                if (type.equals("Q1") || type.equals("Q2") || type.equals("Q3")) {
                    n.put(type, time);
                } else if (!n.has("Q1") || n.get("Q1").asText().isEmpty()) {
                    n.put("Q1", time);
                } else {
                    n.put("Q2", time);
                }
            }
            out.add(n);
        }
        out.sort(Comparator.comparingInt(o -> Integer.parseInt(o.get("position").asText())));
        return out;
    }

    /** ListLapSerializer timings of the race, ordered by lap number then position. */
    List<ObjectNode> laps(int year, int number) {
        Map<String, String> s = session(round(year, number), "R");
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map<String, String> e : entriesBySession.getOrDefault(s.get("id"), List.of())) {
            for (Map<String, String> l : lapsByEntry.getOrDefault(e.get("id"), List.of())) {
                if (l.get("number") != null && l.get("position") != null) {
                    rows.add(l);
                }
            }
        }
        rows.sort(Comparator.comparingInt((Map<String, String> l) -> Integer.parseInt(l.get("number")))
                .thenComparingInt(l -> Integer.parseInt(l.get("position"))));
        Map<String, Map<String, String>> entries = byId(entriesBySession.get(s.get("id")));
        List<ObjectNode> out = new ArrayList<>();
        for (Map<String, String> l : rows) {
            ObjectNode n = JolpicaJson.F.objectNode();
            n.put("driverId", driverRow(roundEntries.get(entries.get(l.get("session_entry_id")).get("round_entry_id")))
                    .get("reference"));
            n.put("position", l.get("position"));
            n.put("time", clock(ms(l.get("time"))));
            out.add(n);
        }
        return out;
    }

    /** ListPitStopSerializer rows of the race, in id order. */
    List<ObjectNode> pitStops(int year, int number) {
        Map<String, String> s = session(round(year, number), "R");
        Map<String, Map<String, String>> entries = byId(entriesBySession.getOrDefault(s.get("id"), List.of()));
        List<ObjectNode> out = new ArrayList<>();
        for (Map<String, String> p : pitStops) {
            Map<String, String> e = entries.get(p.get("session_entry_id"));
            if (e == null) {
                continue;
            }
            ObjectNode n = JolpicaJson.F.objectNode();
            n.put("driverId", driverRow(roundEntries.get(e.get("round_entry_id"))).get("reference"));
            n.put("lap", laps.get(p.get("lap_id")).get("number"));
            n.put("stop", p.get("number"));
            n.put("time", p.get("local_timestamp"));
            n.put("duration", pyDuration(ms(p.get("duration"))));
            out.add(n);
        }
        return out;
    }

    private Map<String, String> fastestLap(Map<String, String> entry) {
        return lapsByEntry.getOrDefault(entry.get("id"), List.of()).stream()
                .filter(l -> "t".equals(l.get("is_entry_fastest_lap"))).findFirst().orElse(null);
    }

    private static String positionText(Map<String, String> e) {
        if ("t".equals(e.get("is_classified"))) {
            return e.get("position");
        }
        return switch (e.get("status")) {
            case "30" -> "W";
            case "20" -> "D";
            case "40", "41" -> "F";
            default -> "R";
        };
    }

    private Map<String, String> driverRow(Map<String, String> roundEntry) {
        return drivers.get(teamDrivers.get(roundEntry.get("team_driver_id")).get("driver_id"));
    }

    private ObjectNode driver(Map<String, String> roundEntry) {
        Map<String, String> d = driverRow(roundEntry);
        ObjectNode n = JolpicaJson.F.objectNode();
        n.put("driverId", d.get("reference"));
        putIf(n, "permanentNumber", d.get("permanent_car_number"));
        putIf(n, "code", d.get("abbreviation"));
        putIf(n, "url", d.get("wikipedia"));
        putIf(n, "givenName", d.get("forename"));
        putIf(n, "familyName", d.get("surname"));
        putIf(n, "dateOfBirth", d.get("date_of_birth"));
        putIf(n, "nationality", d.get("nationality"));
        return n;
    }

    private ObjectNode constructor(Map<String, String> roundEntry) {
        Map<String, String> t = teams.get(teamDrivers.get(roundEntry.get("team_driver_id")).get("team_id"));
        ObjectNode n = JolpicaJson.F.objectNode();
        n.put("constructorId", t.get("reference"));
        putIf(n, "url", t.get("wikipedia"));
        n.put("name", t.get("name"));
        putIf(n, "nationality", t.get("nationality"));
        return n;
    }

    private static void putIf(ObjectNode n, String k, String v) {
        if (v != null) {
            n.put(k, v);
        }
    }

    /** PostgreSQL interval text to milliseconds. */
    static Long ms(String interval) {
        if (interval == null) {
            return null;
        }
        String[] p = interval.split(":");
        return Long.parseLong(p[0]) * 3_600_000 + Long.parseLong(p[1]) * 60_000
                + new BigDecimal(p[2]).movePointRight(3).longValueExact();
    }

    /** Jolpica's lap-time text: {@code 1:23.456}, {@code 59.043}, {@code 1:25:33.607}. */
    static String clock(long ms) {
        long h = ms / 3_600_000;
        long m = ms / 60_000 % 60;
        String sec = new BigDecimal(ms % 60_000).movePointLeft(3).setScale(3).toPlainString();
        if (h > 0) {
            return h + ":" + (m < 10 ? "0" : "") + m + ":" + (sec.length() < 6 ? "0" : "") + sec;
        }
        return m > 0 ? m + ":" + (sec.length() < 6 ? "0" : "") + sec : sec;
    }

    /**
     * Python's {@code str(timedelta).lstrip("0:")[:-3]} of a pit-stop duration, except for whole seconds, where
     * Python prints no fraction and Jolpica's slicing would eat the seconds (a real Jolpica quirk the fake does not
     * copy): {@code 25.000} as the fake serves it.
     */
    static String pyDuration(long ms) {
        long h = ms / 3_600_000;
        long m = ms / 60_000 % 60;
        long s = ms / 1000 % 60;
        String text = h + ":" + (m < 10 ? "0" : "") + m + ":" + (s < 10 ? "0" : "") + s
                + "." + String.format("%03d", ms % 1000) + "000";
        int i = 0;
        while (i < text.length() && (text.charAt(i) == '0' || text.charAt(i) == ':')) {
            i++;
        }
        text = text.substring(i);
        return text.substring(0, Math.max(0, text.length() - 3));
    }

    /** Python's {@code str(float)} of a PostgreSQL float text ({@code 52} reads back as {@code 52.0}). */
    static String pyFloat(String pg) {
        return pg == null ? null : pg.contains(".") || pg.contains("e") ? pg : pg + ".0";
    }

}
