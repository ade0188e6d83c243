package org.f1pipeline.testkit.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.testkit.synthetic.Entry;
import org.f1pipeline.testkit.synthetic.Eras;
import org.f1pipeline.testkit.synthetic.LapRow;
import org.f1pipeline.testkit.synthetic.PitStopRow;
import org.f1pipeline.testkit.synthetic.QualifyingRow;
import org.f1pipeline.testkit.synthetic.ResultRow;
import org.f1pipeline.testkit.synthetic.Standing;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;
import org.f1pipeline.testkit.synthetic.SyntheticRound;

/** The rows of one Jolpica query (before paging), in Jolpica's order, plus the table layout to wrap them in. */
final class JolpicaRows {
    record Row(SyntheticRound round, String group, ObjectNode element) {
    }

    record Result(String table, String listKey, String innerKey, Map<String, String> criteria, List<Row> rows) {
    }

    private final SyntheticHistory history;
    private final JolpicaQuery q;
    private final JolpicaRoutes.Scope scope;
    private final FakeRequest req;
    private final Map<String, String> f;

    JolpicaRows(SyntheticHistory history, JolpicaQuery q, JolpicaRoutes.Scope scope, FakeRequest req) {
        this.history = history;
        this.q = q;
        this.scope = scope;
        this.req = req;
        this.f = new LinkedHashMap<>(q.filters);
        // A final value acts as one more filter.
        if (q.finalValue != null) {
            switch (q.endpoint) {
                case "circuits", "constructors", "drivers", "status", "results", "laps" -> f.put(q.endpoint, q.finalValue);
                case "sprint", "qualifying" -> f.put("results", q.finalValue);
                default -> { }
            }
        }
    }

    Result rows() {
        Map<String, String> c = criteria();
        return switch (q.endpoint) {
            case "results" -> new Result("RaceTable", "Races", "Results", c,
                    results(SessionType.RACE, SyntheticRound::results, false));
            case "sprint" -> new Result("RaceTable", "Races", "SprintResults", c,
                    results(SessionType.SPRINT, SyntheticRound::sprintResults, true));
            case "qualifying" -> new Result("RaceTable", "Races", "QualifyingResults", c, qualifying());
            case "laps" -> new Result("RaceTable", "Races", "Laps", c, laps());
            case "pitstops" -> new Result("RaceTable", "Races", "PitStops", c, pitStops());
            case "races" -> new Result("RaceTable", "Races", null, c, races());
            case "seasons" -> new Result("SeasonTable", "Seasons", null, c, seasons());
            case "drivers" -> new Result("DriverTable", "Drivers", null, c, distinct(Entry::driverId,
                    e -> JolpicaJson.driver(e.driver()), Comparator.comparing((Entry e) -> e.driver().familyName())
                            .thenComparing(Entry::driverId)));
            case "constructors" -> new Result("ConstructorTable", "Constructors", null, c,
                    distinct(Entry::constructorId, e -> JolpicaJson.constructor(e.constructor()),
                            Comparator.comparing(Entry::constructorId)));
            case "circuits" -> new Result("CircuitTable", "Circuits", null, c, circuits());
            case "status" -> new Result("StatusTable", "Status", null, c, status());
            default -> standings(c);
        };
    }

    private Map<String, String> criteria() {
        Map<String, String> c = new LinkedHashMap<>(scope.echo);
        String[][] names = {{"circuits", "circuitId"}, {"constructors", "constructorId"}, {"drivers", "driverId"},
            {"grid", "grid"}, {"results", "position"}, {"fastest", "fastest"}, {"status", "status"}};
        for (String[] n : names) {
            String v = q.filters.get(n[0]);
            boolean finalEcho = q.finalValue != null && q.endpoint.equals(n[0]);
            if (finalEcho) {
                v = q.finalValue;
            }
            if (v != null) {
                c.put(n[1], v);
            }
        }
        if (q.finalValue != null) {
            switch (q.endpoint) {
                case "pitstops" -> c.put("stop", q.finalValue);
                case "driverstandings" -> c.put("driverStandings", q.finalValue);
                case "constructorstandings" -> c.put("constructorStandings", q.finalValue);
                default -> { }
            }
        }
        return c;
    }

    private List<Integer> years() {
        int current = req.asOf() == null ? Eras.LAST_YEAR
                : Math.min(Eras.LAST_YEAR, req.asOf().atZone(ZoneOffset.UTC).getYear());
        if (scope.season != null) {
            return scope.season >= Eras.FIRST_YEAR && scope.season <= Math.max(current, scope.season)
                    && scope.season <= Eras.LAST_YEAR ? List.of(scope.season) : List.of();
        }
        return IntStream.rangeClosed(Eras.FIRST_YEAR, current).boxed().toList();
    }

    private List<SyntheticRound> rounds() {
        List<SyntheticRound> out = new ArrayList<>();
        for (int y : years()) {
            for (SyntheticRound r : history.season(y).rounds()) {
                if ((scope.round == null || scope.round == r.round())
                        && (!f.containsKey("circuits") || f.get("circuits").equals(r.circuit().circuitId()))) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    private boolean published(SyntheticRound r, SessionType t) {
        return r.session(t) != null && req.published(r.session(t).end());
    }

    private boolean entryMatches(Entry e) {
        return (!f.containsKey("drivers") || f.get("drivers").equals(e.driverId()))
                && (!f.containsKey("constructors") || f.get("constructors").equals(e.constructorId()));
    }

    private boolean hasResultFilters() {
        return f.containsKey("grid") || f.containsKey("results") || f.containsKey("fastest") || f.containsKey("status");
    }

    private boolean resultMatches(ResultRow row) {
        return entryMatches(row.entry())
                && (!f.containsKey("grid") || f.get("grid").equals(String.valueOf(row.grid())))
                && (!f.containsKey("results") || f.get("results").equals(String.valueOf(row.position())))
                && (!f.containsKey("fastest") || f.get("fastest").equals("0")
                    || f.get("fastest").equals(String.valueOf(row.fastestLapRank())))
                && (!f.containsKey("status") || f.get("status").equals(String.valueOf(row.statusId())));
    }

    /** Published race results matching every filter. */
    private List<Map.Entry<SyntheticRound, ResultRow>> matchingResults() {
        List<Map.Entry<SyntheticRound, ResultRow>> out = new ArrayList<>();
        for (SyntheticRound r : rounds()) {
            if (published(r, SessionType.RACE)) {
                r.results().stream().filter(this::resultMatches).forEach(row -> out.add(Map.entry(r, row)));
            }
        }
        return out;
    }

    private List<Row> results(SessionType type, Function<SyntheticRound, List<ResultRow>> rows, boolean sprint) {
        List<Row> out = new ArrayList<>();
        for (SyntheticRound r : rounds()) {
            if (published(r, type)) {
                rows.apply(r).stream().filter(this::resultMatches)
                        .forEach(row -> out.add(new Row(r, null, JolpicaJson.result(row, sprint, r))));
            }
        }
        return out;
    }

    private List<Row> qualifying() {
        List<Row> out = new ArrayList<>();
        for (SyntheticRound r : rounds()) {
            if (!published(r, SessionType.QUALIFYING)) {
                continue;
            }
            for (QualifyingRow row : r.qualifying()) {
                if (!entryMatches(row.entry())) {
                    continue;
                }
                if (f.containsKey("results") && !f.get("results").equals(String.valueOf(row.position()))) {
                    continue;
                }
                ResultRow race = r.results().stream().filter(x -> x.entry().equals(row.entry())).findFirst().orElse(null);
                boolean raceFilter = f.containsKey("grid") || f.containsKey("fastest") || f.containsKey("status");
                if (raceFilter && (race == null || !published(r, SessionType.RACE) || !resultMatchesIgnoringPosition(race))) {
                    continue;
                }
                out.add(new Row(r, null, JolpicaJson.qualifying(row)));
            }
        }
        return out;
    }

    private boolean resultMatchesIgnoringPosition(ResultRow row) {
        String pos = f.remove("results");
        boolean ok = resultMatches(row);
        if (pos != null) {
            f.put("results", pos);
        }
        return ok;
    }

    private List<Row> laps() {
        List<Row> out = new ArrayList<>();
        for (SyntheticRound r : rounds()) {
            if (!Eras.hasJolpicaLaps(r.year()) || !published(r, SessionType.RACE)) {
                continue;
            }
            for (LapRow l : history.season(r.year()).sessionData(r.round(), SessionType.RACE).laps()) {
                Entry e = r.entry(l.number());
                if (entryMatches(e) && (!f.containsKey("laps") || f.get("laps").equals(String.valueOf(l.lap())))) {
                    out.add(new Row(r, String.valueOf(l.lap()), JolpicaJson.timing(l)));
                }
            }
        }
        return out;
    }

    private List<Row> pitStops() {
        List<Row> out = new ArrayList<>();
        for (SyntheticRound r : rounds()) {
            if (!Eras.hasJolpicaPitStops(r.year()) || !published(r, SessionType.RACE)) {
                continue;
            }
            for (PitStopRow p : history.season(r.year()).sessionData(r.round(), SessionType.RACE).pitStops()) {
                if (entryMatches(r.entry(p.number()))
                        && (!f.containsKey("laps") || f.get("laps").equals(String.valueOf(p.lap())))
                        && (q.finalValue == null || q.finalValue.equals(String.valueOf(p.stop())))) {
                    out.add(new Row(r, null, JolpicaJson.pitStop(p, r)));
                }
            }
        }
        return out;
    }

    /** Rounds kept by the filters: via published results for result filters, else via entry lists. */
    private List<SyntheticRound> filteredRounds() {
        if (hasResultFilters()) {
            return matchingResults().stream().map(Map.Entry::getKey).distinct().toList();
        }
        return rounds().stream().filter(r -> r.entries().stream().anyMatch(this::entryMatches)).toList();
    }

    private List<Row> races() {
        return filteredRounds().stream().map(r -> new Row(null, null, JolpicaJson.race(r, true))).toList();
    }

    private List<Row> seasons() {
        List<Integer> ys = f.isEmpty() && scope.round == null ? years()
                : filteredRounds().stream().map(SyntheticRound::year).distinct().toList();
        return ys.stream().map(y -> {
            ObjectNode n = JolpicaJson.F.objectNode();
            n.put("season", String.valueOf(y));
            n.put("url", "https://en.wikipedia.org/wiki/" + y + "_Formula_One_World_Championship");
            return new Row(null, null, n);
        }).toList();
    }

    private List<Row> distinct(Function<Entry, String> key, Function<Entry, ObjectNode> json, Comparator<Entry> order) {
        Map<String, Entry> seen = new LinkedHashMap<>();
        if (hasResultFilters()) {
            matchingResults().forEach(e -> seen.putIfAbsent(key.apply(e.getValue().entry()), e.getValue().entry()));
        } else {
            rounds().forEach(r -> r.entries().stream().filter(this::entryMatches)
                    .forEach(e -> seen.putIfAbsent(key.apply(e), e)));
        }
        return seen.values().stream().sorted(order).map(e -> new Row(null, null, json.apply(e))).toList();
    }

    private List<Row> circuits() {
        Map<String, SyntheticRound> seen = new LinkedHashMap<>();
        filteredRounds().forEach(r -> seen.putIfAbsent(r.circuit().circuitId(), r));
        return seen.values().stream().sorted(Comparator.comparing(r -> r.circuit().circuitId()))
                .map(r -> new Row(null, null, JolpicaJson.circuit(r.circuit()))).toList();
    }

    private List<Row> status() {
        Map<Integer, Object[]> counts = new LinkedHashMap<>();
        for (Map.Entry<SyntheticRound, ResultRow> e : matchingResults()) {
            counts.computeIfAbsent(e.getValue().statusId(), k -> new Object[] {e.getValue().status(), 0});
            Object[] c = counts.get(e.getValue().statusId());
            c[1] = (Integer) c[1] + 1;
        }
        return counts.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Integer, Object[]> e) -> -(Integer) e.getValue()[1])
                        .thenComparing(e -> (String) e.getValue()[0]))
                .map(e -> {
                    ObjectNode n = JolpicaJson.F.objectNode();
                    n.put("statusId", String.valueOf(e.getKey()));
                    n.put("count", String.valueOf(e.getValue()[1]));
                    n.put("status", (String) e.getValue()[0]);
                    return new Row(null, null, n);
                }).toList();
    }

    private Result standings(Map<String, String> c) {
        boolean drivers = q.endpoint.equals("driverstandings");
        String list = drivers ? "DriverStandings" : "ConstructorStandings";
        List<Row> rows = new ArrayList<>();
        if (scope.season < Eras.FIRST_YEAR || scope.season > Eras.LAST_YEAR) {
            return new Result("StandingsTable", "StandingsLists", list, c, rows);
        }
        var season = history.season(scope.season);
        int done = (int) season.rounds().stream().filter(r -> published(r, SessionType.RACE)).count();
        int after = scope.round != null ? Math.min(scope.round, done) : done;
        c.put("round", String.valueOf(scope.round != null ? scope.round : after));
        List<Standing> table = drivers ? season.driverStandings(after) : season.constructorStandings(after);
        for (Standing s : table) {
            boolean keep = drivers ? !f.containsKey("drivers") || f.get("drivers").equals(s.driver().driverId())
                    : !f.containsKey("constructors") || f.get("constructors").equals(s.constructor().constructorId());
            if (!keep || (q.finalValue != null && !q.finalValue.equals(String.valueOf(s.position())))) {
                continue;
            }
            ObjectNode n = JolpicaJson.F.objectNode();
            n.put("position", String.valueOf(s.position()));
            n.put("positionText", String.valueOf(s.position()));
            n.put("points", String.valueOf(s.points()));
            n.put("wins", String.valueOf(s.wins()));
            if (drivers) {
                n.set("Driver", JolpicaJson.driver(s.driver()));
                s.constructors().forEach(k -> n.withArray("Constructors").add(JolpicaJson.constructor(k)));
            } else {
                n.set("Constructor", JolpicaJson.constructor(s.constructor()));
            }
            rows.add(new Row(null, null, n));
        }
        return new Result("StandingsTable", "StandingsLists", list, c, rows);
    }
}
