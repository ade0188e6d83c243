package org.f1pipeline.examples.cli;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.PitStop;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.storage.Storage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code f1 pitstops --year Y --round R [--json]}: the stored pit stops of a grand prix, in the order they happened. */
@Command(name = "pitstops", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Print the pit stops of a grand prix as stored by ingest_race (Jolpica, 2011 on): lap, local"
                + " time of day, driver, stop number and time in the pit lane, in the order they happened."})
final class PitStopsCommand implements Callable<Integer> {

    @ParentCommand
    F1Cli parent;

    @Option(names = "--year", required = true, paramLabel = "<year>", description = "Season.")
    int year;

    @Option(names = "--round", required = true, paramLabel = "<round>", description = "Round of the season.")
    int round;

    @Override
    public Integer call() {
        CliContext ctx = parent.context();
        GlobalOptions g = parent.globals();
        try {
            CliConfig config = CliSession.config(ctx, g);
            try (CliSession s = CliSession.open(ctx, g, config, "run the jobs first (f1 backfill --start " + year
                    + " --end " + year + "), or pass --db with the database to read");
                 F1Pipeline pipeline = F1Pipeline.builder().storage(s.storage).clock(s.clock).build()) {
                List<PitStop> stops = pipeline.pitStops(year, round);
                ctx.out().print(g.json ? Output.json(toMap(year, round, stops)) + "\n" : render(s.storage, stops));
                ctx.out().flush();
                return ExitCodes.OK;
            }
        } catch (RuntimeException e) {
            return Failures.report(ctx.err(), "pitstops", null, null, e, g.verbose);
        }
    }

    /** The JSON document: {@code {"season","round","stops":[{driverId, stop, lap, time, durationMs}]}}. */
    static Map<String, Object> toMap(int year, int round, List<PitStop> stops) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("season", year);
        doc.put("round", round);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PitStop p : stops) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("driverId", p.driver().value());
            row.put("stop", p.stop());
            row.put("lap", p.lap());
            row.put("time", time(p));
            row.put("durationMs", p.durationMs());
            rows.add(row);
        }
        doc.put("stops", rows);
        return doc;
    }

    private static String render(Storage storage, List<PitStop> stops) {
        RaceKey key = stops.get(0).race();
        String race = storage.races().race(key).map(r -> " (" + r.name() + ")").orElse("");
        Map<String, String> drivers = new HashMap<>();
        for (Driver d : storage.catalog().drivers()) {
            drivers.put(d.id().value(), d.givenName() + " " + d.familyName());
        }
        StringBuilder b = new StringBuilder();
        b.append(key.season()).append(" round ").append(key.round()).append(race).append(": ").append(stops.size())
                .append(" pit stops\n");
        b.append(String.format(Locale.ROOT, "%4s  %-8s  %-24s %4s %10s%n", "Lap", "Time", "Driver", "Stop",
                "Duration"));
        for (PitStop p : stops) {
            b.append(String.format(Locale.ROOT, "%4d  %-8s  %-24s %4d %10s%n", p.lap(),
                    p.timeOfDay() == null ? "" : time(p),
                    drivers.getOrDefault(p.driver().value(), p.driver().value()), p.stop(), duration(p.durationMs())));
        }
        return b.toString();
    }

    /** {@code HH:MM:SS} always (LocalTime.toString drops zero seconds). */
    private static String time(PitStop p) {
        return p.timeOfDay() == null ? null : DateTimeFormatter.ISO_LOCAL_TIME.format(p.timeOfDay());
    }

    /** 22.561 s, or 16:44.485 from a minute on (Jolpica's own form). */
    static String duration(Integer ms) {
        if (ms == null) {
            return "";
        }
        int minutes = ms / 60_000;
        double seconds = (ms % 60_000) / 1000.0;
        return minutes == 0 ? String.format(Locale.ROOT, "%.3f", seconds)
                : String.format(Locale.ROOT, "%d:%06.3f", minutes, seconds);
    }
}
