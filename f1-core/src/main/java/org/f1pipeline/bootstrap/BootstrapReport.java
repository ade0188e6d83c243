package org.f1pipeline.bootstrap;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.f1pipeline.internal.Checks;

/**
 * What {@code F1Pipeline.bootstrap} did.
 *
 * @param source   the dump's file or URL
 * @param sha256   the zip's SHA-256 (hex)
 * @param cached   true when a cached copy of the listed dump was used
 * @param requests HTTP requests made (listing, download, redirect; 0 for a local file or a cached dump)
 * @param seasons  one entry per season of the dump up to {@code until}, in order
 * @param duration wall time
 */
public record BootstrapReport(String source, String sha256, boolean cached, int requests,
                              List<BootstrapSeason> seasons, Duration duration) {

    /** Validates and freezes. */
    public BootstrapReport {
        Checks.notBlank(source, "source");
        Checks.notNull(sha256, "sha256");
        seasons = List.copyOf(Checks.notNull(seasons, "seasons"));
        Checks.notNull(duration, "duration");
    }

    /** Seasons written (not already stored). */
    public int seasonsWritten() {
        return (int) seasons.stream().filter(BootstrapSeason::written).count();
    }

    /** Rounds written. */
    public int races() {
        return seasons.stream().mapToInt(BootstrapSeason::races).sum();
    }

    /** Grand-prix and sprint result rows written. */
    public int results() {
        return seasons.stream().mapToInt(s -> s.results() + s.sprintResults()).sum();
    }

    /** Qualifying rows written. */
    public int qualifying() {
        return seasons.stream().mapToInt(BootstrapSeason::qualifying).sum();
    }

    /** Laps written. */
    public int laps() {
        return seasons.stream().mapToInt(BootstrapSeason::laps).sum();
    }

    /** Pit stops written. */
    public int pitStops() {
        return seasons.stream().mapToInt(BootstrapSeason::pitStops).sum();
    }

    /**
     * Sprint weekends (2023 on) of the dump's seasons stored past their sprint without sprint-qualifying rows: the
     * dump has none (D63), so their sprint predictions use the sprint's starting grid and lack the sprint-qualifying
     * times. {@code F1Pipeline.backfillSprint} over {@link #sprintQualifyingYears()} (the CLI's
     * {@code f1 backfill-sprint --years ...}) fills them from OpenF1 or the live-timing archive, completed rounds
     * included, and its recompute redoes those predictions (D80). Counted from the stored data, so a rerun on a
     * bootstrapped database still shows what is left to fill, and 0 once it is filled.
     */
    public int withoutSprintQualifying() {
        return seasons.stream().mapToInt(BootstrapSeason::withoutSprintQualifying).sum();
    }

    /** The seasons with sprint weekends {@linkplain #withoutSprintQualifying() without sprint qualifying}, in order. */
    public List<Integer> sprintQualifyingYears() {
        return seasons.stream().filter(s -> s.withoutSprintQualifying() > 0).map(BootstrapSeason::season).toList();
    }

    /** Every skipped round or row, prefixed by its season. */
    public List<String> skipped() {
        List<String> out = new ArrayList<>();
        seasons.forEach(s -> s.skipped().forEach(line -> out.add(s.season() + " " + line)));
        return out;
    }

    /** True when nothing was written (a bootstrapped database). */
    public boolean nothingWritten() {
        return seasonsWritten() == 0;
    }

    /**
     * The summary line: requests, seasons, races, results, laps, pit stops, skipped, seconds, and the sprint weekends
     * {@linkplain #withoutSprintQualifying() without sprint qualifying} where there are any.
     */
    public String summary() {
        return String.format(java.util.Locale.ROOT, "bootstrap: %d requests, %d of %d seasons written, %d races,"
                        + " %d results, %d qualifying, %d laps, %d pit stops, %d skipped, %.1f s", requests,
                seasonsWritten(), seasons.size(), races(), results(), qualifying(), laps(), pitStops(),
                skipped().size(), duration.toMillis() / 1000.0)
                + (withoutSprintQualifying() == 0 ? "" : "; " + withoutSprintQualifying() + " sprint weekend"
                + (withoutSprintQualifying() == 1 ? "" : "s") + " without sprint qualifying (not in the dump) in "
                + sprintQualifyingYears().stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return summary();
    }
}
