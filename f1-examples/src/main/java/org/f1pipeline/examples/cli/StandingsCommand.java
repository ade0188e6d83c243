package org.f1pipeline.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.standings.Standing;
import org.f1pipeline.standings.StandingsKind;
import org.f1pipeline.standings.StandingsRequest;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.view.Names;
import org.f1pipeline.view.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code f1 standings --year Y [--round R] [--constructors] [--json]}: an official championship table. */
@Command(name = "standings", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print the official drivers' (or constructors') championship table after a round, as stored"
                + " by the ingest jobs: position, driver, team, points, wins. Without --round: after the season's"
                + " last round with results."})
final class StandingsCommand implements Callable<Integer> {

    @ParentCommand
    F1Cli parent;

    @Option(names = "--year", required = true, paramLabel = "<year>", description = "Season (1950 to next year).")
    int year;

    @Option(names = "--round", paramLabel = "<round>", description = "The table after this round (default: the last"
            + " round with results).")
    Integer round;

    @Option(names = "--constructors", description = "The constructors' championship (from 1958) instead of the"
            + " drivers'.")
    boolean constructors;

    @Override
    public Integer call() {
        CliContext ctx = parent.context();
        GlobalOptions g = parent.globals();
        try {
            StandingsKind kind = constructors ? StandingsKind.CONSTRUCTORS : StandingsKind.DRIVERS;
            CliConfig config = CliSession.config(ctx, g);
            // Arguments first: a bad year or round never opens (let alone creates) a database.
            new StandingsRequest(year, round, kind).requireKnownBy(CliSession.clock(g));
            try (CliSession s = CliSession.open(ctx, g, config, "run the jobs first (f1 backfill --start " + year
                    + " --end " + year + "), or pass --db with the database to read");
                 F1Pipeline pipeline = F1Pipeline.builder().storage(s.storage).clock(s.clock).build()) {
                List<Standing> table = round == null ? pipeline.standings(year, kind)
                        : pipeline.standings(year, round, kind);
                ctx.out().print(g.json ? Output.json(toMap(table, kind)) + "\n" : render(s.storage, table, kind));
                ctx.out().flush();
                return ExitCodes.OK;
            }
        } catch (RuntimeException e) {
            return Failures.report(ctx.err(), "standings", null, null, e, g.verbose);
        }
    }

    /** The JSON document: {@code {"season","round","kind","rows":[...]}}, no driverId in a constructors' table. */
    static Map<String, Object> toMap(List<Standing> table, StandingsKind kind) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("season", table.get(0).season());
        doc.put("round", table.get(0).round());
        doc.put("kind", kind.wireName());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Standing s : table) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("position", s.position());
            if (!s.classified()) {
                row.put("positionText", s.positionText()); // D or E: excluded from the championship
            }
            if (s.driver() != null) {
                row.put("driverId", s.driver().value());
            }
            row.put("constructorId", s.constructor().value());
            row.put("points", number(s.points()));
            row.put("wins", s.wins());
            rows.add(row);
        }
        doc.put("rows", rows);
        return doc;
    }

    /** Whole points print as integers (575), others as decimals (25.14). */
    private static Object number(double points) {
        return points == Math.rint(points) && Math.abs(points) < 1e15 ? (Object) (long) points : (Object) points;
    }

    private static String render(Storage storage, List<Standing> table, StandingsKind kind) {
        Standing first = table.get(0);
        RaceKey key = RaceKey.of(first.season(), first.round());
        String race = storage.races().race(key).map(r -> " (" + r.name() + ")").orElse("");
        Names names = Names.of(storage);
        boolean drivers = kind == StandingsKind.DRIVERS;
        TextTable t = drivers
                ? TextTable.of("Pos", "Driver", "Team", "Points", "Wins").alignRight(0, 3, 4).maxWidth(1, 24)
                        .maxWidth(2, 20)
                : TextTable.of("Pos", "Team", "Points", "Wins").alignRight(0, 2, 3).maxWidth(1, 24);
        for (Standing s : table) {
            String team = names.team(s.constructor());
            if (drivers) {
                t.row(s.positionText(), names.driver(s.driver()), team, points(s.points()), s.wins());
            } else {
                t.row(s.positionText(), team, points(s.points()), s.wins());
            }
        }
        StringBuilder b = new StringBuilder();
        b.append(first.season()).append(drivers ? " drivers'" : " constructors'")
                .append(" championship after round ").append(first.round()).append(race).append('\n')
                .append(t.render());
        if (table.stream().anyMatch(s -> !s.classified())) {
            b.append("D: disqualified from the championship, E: excluded (points kept on record, ranked last)\n");
        }
        return b.toString();
    }

    private static String points(double p) {
        return p == Math.rint(p) ? String.format(Locale.ROOT, "%.0f", p) : String.format(Locale.ROOT, "%.2f", p)
                .replaceAll("0+$", "");
    }
}
