package org.f1pipeline.testkit.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.testkit.synthetic.Eras;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;
import org.f1pipeline.testkit.synthetic.SyntheticRound;

/**
 * Jolpica-F1 routes: URL grammar, criteria echo, limit/offset paging over inner rows (a race split across pages
 * repeats its header, like DRF's LimitOffsetPagination + regrouping), error shapes of data-sources §1.10.
 */
final class JolpicaRoutes implements Routes {
    private final SyntheticHistory history;

    JolpicaRoutes(SyntheticHistory history) {
        this.history = history;
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
        boolean needsSeason = q.endpoint.endsWith("standings");
        if (needsRound && (q.season == null || q.round == null)) {
            return JolpicaQuery.badRequest("Missing one of the required parameters ['season_year', 'race_round'].");
        }
        if (needsSeason && q.season == null) {
            return JolpicaQuery.badRequest("Missing one of the required parameters ['season_year'].");
        }
        if (q.finalValue != null && (q.endpoint.equals("seasons") || q.endpoint.equals("races"))) {
            return JolpicaQuery.badRequest("Endpoint does not support final filter.");
        }
        if (!JolpicaQuery.supportedFilters(q.endpoint).containsAll(q.filters.keySet())) {
            return JolpicaQuery.badRequest("Unsupported filter for endpoint.");
        }
        Scope scope = Scope.resolve(q, history, req);
        if (scope.notFound) {
            return Reply.json(404, "{\"detail\":\"Race round not found\"}");
        }
        JolpicaRows.Result rows = new JolpicaRows(history, q, scope, req).rows();
        int[] page = page(req.rawQuery());
        int total = rows.rows().size();
        int from = Math.min(page[1], total);
        int to = Math.min(total, from + page[0]);
        List<JolpicaRows.Row> slice = rows.rows().subList(from, to);

        ObjectNode root = JolpicaJson.F.objectNode();
        ObjectNode mr = root.putObject("MRData");
        mr.put("xmlns", "");
        mr.put("series", "f1");
        mr.put("url", req.base() + FakeApi.JOLPICA.prefix() + q.urlPath);
        mr.put("limit", String.valueOf(page[0]));
        mr.put("offset", String.valueOf(page[1]));
        mr.put("total", String.valueOf(total));
        ObjectNode table = mr.putObject(rows.table());
        rows.criteria().forEach(table::put);
        ArrayNode list = table.putArray(rows.listKey());
        if (rows.innerKey() == null) {
            slice.forEach(r -> list.add(r.element()));
        } else if (rows.table().equals("StandingsTable")) {
            if (!slice.isEmpty() || total > 0) {
                ObjectNode sl = list.addObject();
                sl.put("season", rows.criteria().get("season"));
                sl.put("round", rows.criteria().get("round"));
                ArrayNode inner = sl.putArray(rows.innerKey());
                slice.forEach(r -> inner.add(r.element()));
            }
        } else {
            group(slice, list, rows.innerKey());
        }
        return Reply.json(200, root.toString()).header("Cache-Control", "max-age=600");
    }

    /** Regroups inner rows under their race; laps are nested once more under {@code {number, Timings}}. */
    private static void group(List<JolpicaRows.Row> slice, ArrayNode races, String innerKey) {
        ObjectNode race = null;
        SyntheticRound current = null;
        ArrayNode inner = null;
        ObjectNode lap = null;
        for (JolpicaRows.Row r : slice) {
            if (r.round() != current) {
                current = r.round();
                race = JolpicaJson.race(current, false);
                races.add(race);
                inner = race.putArray(innerKey);
                lap = null;
            }
            if (innerKey.equals("Laps")) {
                if (lap == null || !lap.get("number").asText().equals(r.group())) {
                    lap = inner.addObject();
                    lap.put("number", r.group());
                    lap.putArray("Timings");
                }
                ((ArrayNode) lap.get("Timings")).add(r.element());
            } else {
                inner.add(r.element());
            }
        }
    }

    /** DRF LimitOffsetPagination: default 30, max 100 (clamped), junk falls back to defaults. */
    static int[] page(String rawQuery) {
        int limit = 30;
        int offset = 0;
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String k = pair.substring(0, eq);
            String v = pair.substring(eq + 1);
            try {
                if (k.equals("limit")) {
                    int l = Integer.parseInt(v);
                    limit = l <= 0 ? 30 : Math.min(100, l);
                } else if (k.equals("offset")) {
                    offset = Math.max(0, Integer.parseInt(v));
                }
            } catch (NumberFormatException e) {
                // keep the default, like DRF
            }
        }
        return new int[] {limit, offset};
    }

    /** Season and round after resolving {@code current}, {@code last} and {@code next} against the "as of". */
    static final class Scope {
        Integer season;
        Integer round;
        boolean notFound;
        final Map<String, String> echo = new LinkedHashMap<>();

        static Scope resolve(JolpicaQuery q, SyntheticHistory h, FakeRequest req) {
            Scope s = new Scope();
            int current = req.asOf() == null ? Eras.LAST_YEAR
                    : Math.min(Eras.LAST_YEAR, req.asOf().atZone(ZoneOffset.UTC).getYear());
            if (q.season != null) {
                s.season = q.season.equals("current") ? current : Integer.parseInt(q.season);
            }
            if (q.round != null) {
                boolean known = s.season >= Eras.FIRST_YEAR && s.season <= Eras.LAST_YEAR;
                if (q.round.equals("last") || q.round.equals("next")) {
                    if (!known) {
                        s.notFound = true;
                        return s;
                    }
                    List<SyntheticRound> rounds = h.season(s.season).rounds();
                    int done = (int) rounds.stream().filter(r -> req.published(r.session(
                            org.f1pipeline.domain.SessionType.RACE).end())).count();
                    if (q.round.equals("last")) {
                        if (done == 0) {
                            s.notFound = true;
                            return s;
                        }
                        s.round = done;
                    } else if (done < rounds.size()) {
                        s.round = done + 1;
                    } else if (s.season < Eras.LAST_YEAR) {
                        s.season = s.season + 1;
                        s.round = 1;
                    } else {
                        s.notFound = true;
                        return s;
                    }
                } else {
                    s.round = Integer.parseInt(q.round);
                }
            }
            if (s.season != null) {
                s.echo.put("season", String.valueOf(s.season));
            }
            if (s.round != null) {
                s.echo.put("round", String.valueOf(s.round));
            }
            return s;
        }
    }
}
