package org.f1pipeline.testkit.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.testkit.history.ErgastHistory;

/**
 * Jolpica routes over the real record 1950-2013 ({@link ErgastHistory}): the same URL grammar, criteria echo, inner-row
 * paging (a race split across pages repeats its header) and error shapes as {@link JolpicaRoutes}, with the files'
 * rows as the data. Everything is published ({@code current} is the last season of the files). The record has no
 * sprints, no lap times and no standings, so those lists are empty, as Jolpica's would be for such a query.
 */
final class ReplayRoutes implements Routes {

    /** One inner row: the race it belongs to (null for flat lists) and its JSON. */
    private record Row(ErgastHistory.Race race, ObjectNode element) {
    }

    private final ErgastHistory history;
    private final int firstYear;
    private final int lastYear;

    ReplayRoutes(ErgastHistory history) {
        this.history = history;
        this.firstYear = history.seasons().get(0).year();
        this.lastYear = history.seasons().get(history.seasons().size() - 1).year();
    }

    @Override
    public String endpoint(String sub) {
        JolpicaQuery q = JolpicaQuery.parse(sub, "");
        return q.endpoint != null ? q.endpoint : "invalid";
    }

    @Override
    public Reply handle(FakeRequest req) {
        JolpicaQuery q = JolpicaQuery.parse(req.path(), req.base());
        if (q.error != null) {
            return q.error;
        }
        boolean needsRound = q.endpoint.equals("laps") || q.endpoint.equals("pitstops");
        if (needsRound && (q.season == null || q.round == null)) {
            return JolpicaQuery.badRequest("Missing one of the required parameters ['season_year', 'race_round'].");
        }
        if (q.endpoint.endsWith("standings") && q.season == null) {
            return JolpicaQuery.badRequest("Missing one of the required parameters ['season_year'].");
        }
        if (q.finalValue != null && (q.endpoint.equals("seasons") || q.endpoint.equals("races"))) {
            return JolpicaQuery.badRequest("Endpoint does not support final filter.");
        }
        if (!JolpicaQuery.supportedFilters(q.endpoint).containsAll(q.filters.keySet())) {
            return JolpicaQuery.badRequest("Unsupported filter for endpoint.");
        }
        Map<String, String> criteria = new LinkedHashMap<>();
        Integer season = null;
        Integer round = null;
        if (q.season != null) {
            season = q.season.equals("current") ? lastYear : Integer.parseInt(q.season);
            criteria.put("season", String.valueOf(season));
        }
        if (q.round != null) {
            int rounds = season >= firstYear && season <= lastYear ? history.races(season).size() : 0;
            if (q.round.equals("last") || q.round.equals("next")) {
                if (rounds == 0 || q.round.equals("next") && season >= lastYear) {
                    return Reply.json(404, "{\"detail\":\"Race round not found\"}");
                }
                if (q.round.equals("next")) {
                    season = season + 1;
                    criteria.put("season", String.valueOf(season));
                    round = 1;
                } else {
                    round = rounds;
                }
            } else {
                round = Integer.parseInt(q.round);
            }
            criteria.put("round", String.valueOf(round));
        }
        Map<String, String> f = new LinkedHashMap<>(q.filters);
        if (q.finalValue != null) {
            switch (q.endpoint) {
                case "circuits", "constructors", "drivers", "status", "results" -> f.put(q.endpoint, q.finalValue);
                case "qualifying", "sprint" -> f.put("results", q.finalValue);
                default -> { }
            }
        }
        echo(q, criteria);
        List<ErgastHistory.Race> races = races(season, round, f);
        String table = "RaceTable";
        String listKey = "Races";
        String inner = null;
        List<Row> rows = new ArrayList<>();
        switch (q.endpoint) {
            case "results" -> {
                inner = "Results";
                races.forEach(r -> history.results(r.id()).stream().filter(x -> resultMatches(x, f))
                        .forEach(x -> rows.add(new Row(r, ReplayJson.result(history, x)))));
            }
            case "qualifying" -> {
                inner = "QualifyingResults";
                races.forEach(r -> history.qualifying(r.id()).stream().filter(x -> qualifyingMatches(x, f))
                        .forEach(x -> rows.add(new Row(r, ReplayJson.qualifying(history, x)))));
            }
            case "pitstops" -> {
                inner = "PitStops";
                races.forEach(r -> history.pitStops(r.id()).stream()
                        .filter(p -> !f.containsKey("drivers") || f.get("drivers").equals(history.driver(p.driverId()).ref()))
                        .filter(p -> !f.containsKey("laps") || f.get("laps").equals(String.valueOf(p.lap())))
                        .filter(p -> q.finalValue == null || q.finalValue.equals(String.valueOf(p.stop())))
                        .forEach(p -> rows.add(new Row(r, ReplayJson.pitStop(history, p)))));
            }
            case "sprint" -> inner = "SprintResults";
            case "laps" -> inner = "Laps";
            case "races" -> filtered(races, f).forEach(r -> rows.add(new Row(null, ReplayJson.race(history, r))));
            case "seasons" -> {
                table = "SeasonTable";
                listKey = "Seasons";
                filtered(races, f).stream().map(ErgastHistory.Race::year).distinct().forEach(y -> {
                    ObjectNode n = JolpicaJson.F.objectNode();
                    n.put("season", String.valueOf(y));
                    history.seasons().stream().filter(s -> s.year() == y).findFirst()
                            .ifPresent(s -> n.put("url", s.url()));
                    rows.add(new Row(null, n));
                });
            }
            case "drivers" -> {
                table = "DriverTable";
                listKey = "Drivers";
                distinctResults(races, f, ErgastHistory.Result::driverId).stream().map(history::driver)
                        .sorted(Comparator.comparing((ErgastHistory.Driver d) -> d.surname())
                                .thenComparing(ErgastHistory.Driver::ref))
                        .forEach(d -> rows.add(new Row(null, ReplayJson.driver(d))));
            }
            case "constructors" -> {
                table = "ConstructorTable";
                listKey = "Constructors";
                distinctResults(races, f, ErgastHistory.Result::constructorId).stream().sorted()
                        .map(history::constructor).forEach(c -> rows.add(new Row(null, ReplayJson.constructor(c))));
            }
            case "circuits" -> {
                table = "CircuitTable";
                listKey = "Circuits";
                filtered(races, f).stream().map(ErgastHistory.Race::circuitId).distinct().sorted()
                        .map(history::circuit).forEach(c -> rows.add(new Row(null, ReplayJson.circuit(c))));
            }
            case "status" -> {
                table = "StatusTable";
                listKey = "Status";
                status(races, f, rows);
            }
            default -> {
                table = "StandingsTable";
                listKey = "StandingsLists";
            }
        }
        return render(req, q, criteria, table, listKey, inner, rows);
    }

    private Reply render(FakeRequest req, JolpicaQuery q, Map<String, String> criteria, String table,
                         String listKey, String inner, List<Row> rows) {
        int[] page = JolpicaRoutes.page(req.rawQuery());
        int total = rows.size();
        int from = Math.min(page[1], total);
        int to = Math.min(total, from + page[0]);
        ObjectNode root = JolpicaJson.F.objectNode();
        ObjectNode mr = root.putObject("MRData");
        mr.put("xmlns", "");
        mr.put("series", "f1");
        mr.put("url", req.base() + FakeApi.JOLPICA.prefix() + q.urlPath);
        mr.put("limit", String.valueOf(page[0]));
        mr.put("offset", String.valueOf(page[1]));
        mr.put("total", String.valueOf(total));
        ObjectNode t = mr.putObject(table);
        criteria.forEach(t::put);
        ArrayNode list = t.putArray(listKey);
        ErgastHistory.Race current = null;
        ArrayNode innerList = null;
        for (Row r : rows.subList(from, to)) {
            if (inner == null) {
                list.add(r.element());
                continue;
            }
            if (r.race() != current) {
                current = r.race();
                ObjectNode race = ReplayJson.race(history, current);
                list.add(race);
                innerList = race.putArray(inner);
            }
            innerList.add(r.element());
        }
        return Reply.json(200, root.toString()).header("Cache-Control", "max-age=600");
    }

    private void echo(JolpicaQuery q, Map<String, String> c) {
        String[][] names = {{"circuits", "circuitId"}, {"constructors", "constructorId"}, {"drivers", "driverId"},
            {"grid", "grid"}, {"results", "position"}, {"fastest", "fastest"}, {"status", "status"}};
        for (String[] n : names) {
            String v = q.finalValue != null && q.endpoint.equals(n[0]) ? q.finalValue : q.filters.get(n[0]);
            if (v != null) {
                c.put(n[1], v);
            }
        }
        if (q.finalValue != null && q.endpoint.equals("pitstops")) {
            c.put("stop", q.finalValue);
        }
    }

    /** The races in scope (season, round, circuit), by season and round. */
    private List<ErgastHistory.Race> races(Integer season, Integer round, Map<String, String> f) {
        if (season != null && (season < firstYear || season > lastYear)) {
            return List.of();
        }
        List<ErgastHistory.Race> all = season == null ? history.races() : history.races(season);
        return all.stream().filter(r -> round == null || r.round() == round)
                .filter(r -> !f.containsKey("circuits")
                        || f.get("circuits").equals(history.circuit(r.circuitId()).ref())).toList();
    }

    /** Races with at least one result matching the driver/team/result filters (all races without such filters). */
    private List<ErgastHistory.Race> filtered(List<ErgastHistory.Race> races, Map<String, String> f) {
        boolean byResult = f.keySet().stream().anyMatch(k -> !k.equals("circuits"));
        if (!byResult) {
            return races;
        }
        return races.stream().filter(r -> history.results(r.id()).stream().anyMatch(x -> resultMatches(x, f)))
                .toList();
    }

    private List<Integer> distinctResults(List<ErgastHistory.Race> races, Map<String, String> f,
                                          java.util.function.ToIntFunction<ErgastHistory.Result> id) {
        return races.stream().flatMap(r -> history.results(r.id()).stream()).filter(x -> resultMatches(x, f))
                .map(id::applyAsInt).distinct().toList();
    }

    private void status(List<ErgastHistory.Race> races, Map<String, String> f, List<Row> rows) {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        races.forEach(r -> history.results(r.id()).stream().filter(x -> resultMatches(x, f))
                .forEach(x -> counts.merge(x.statusId(), 1, Integer::sum)));
        counts.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<Integer, Integer> e) -> -e.getValue())
                        .thenComparing(e -> history.status(e.getKey())))
                .forEach(e -> {
                    ObjectNode n = JolpicaJson.F.objectNode();
                    n.put("statusId", String.valueOf(e.getKey()));
                    n.put("count", String.valueOf(e.getValue()));
                    n.put("status", history.status(e.getKey()));
                    rows.add(new Row(null, n));
                });
    }

    private boolean resultMatches(ErgastHistory.Result r, Map<String, String> f) {
        return matches(f, "drivers", () -> history.driver(r.driverId()).ref())
                && matches(f, "constructors", () -> history.constructor(r.constructorId()).ref())
                && matches(f, "grid", () -> String.valueOf(r.grid()))
                && matches(f, "results", () -> r.position() == null ? "" : String.valueOf(r.position()))
                && (!f.containsKey("fastest") || f.get("fastest").equals("0")
                    || f.get("fastest").equals(String.valueOf(r.rank())))
                && matches(f, "status", () -> String.valueOf(r.statusId()));
    }

    private boolean qualifyingMatches(ErgastHistory.Qualifying q, Map<String, String> f) {
        return matches(f, "drivers", () -> history.driver(q.driverId()).ref())
                && matches(f, "constructors", () -> history.constructor(q.constructorId()).ref())
                && matches(f, "results", () -> String.valueOf(q.position()));
    }

    private static boolean matches(Map<String, String> f, String key, java.util.function.Supplier<String> value) {
        return !f.containsKey(key) || f.get(key).equals(value.get());
    }
}
