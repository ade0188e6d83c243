package org.f1pipeline.bootstrap.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.f1pipeline.bootstrap.BootstrapListener;
import org.f1pipeline.bootstrap.BootstrapOptions;
import org.f1pipeline.bootstrap.BootstrapReport;
import org.f1pipeline.bootstrap.BootstrapSeason;
import org.f1pipeline.bootstrap.DumpException;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.job.JobException;
import org.f1pipeline.job.internal.JobContext;
import org.f1pipeline.job.internal.ingest.DumpIngest;
import org.f1pipeline.job.internal.ingest.DumpSeason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@code F1Pipeline.bootstrap}: gets the zip ({@link DumpDownload}), reads it ({@link DumpTables},
 * {@link DumpMapper}), then writes season after season, each in one transaction ({@link DumpIngest}), so that a run
 * killed midway leaves whole seasons and the next run writes the rest; seasons already stored as far as the dump goes
 * are left alone (a second run writes nothing). Internal API.
 */
public final class BootstrapRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BootstrapRunner.class);
    private static final Set<RaceStatus> PAST_SPRINT = EnumSet.of(RaceStatus.SPRINT_DONE, RaceStatus.QUALIFYING_DONE,
            RaceStatus.COMPLETED);

    private BootstrapRunner() {
    }

    /**
     * Bootstraps.
     *
     * @param ctx      the pipeline's job context (storage, clock, configuration)
     * @param fetcher  the pipeline's fetcher
     * @param fetch    its configuration (Jolpica's base URL, the cache folder)
     * @param options  which dump, until when
     * @param listener progress
     * @return the report
     */
    public static BootstrapReport run(JobContext ctx, Fetcher fetcher, FetchConfig fetch, BootstrapOptions options,
                                      BootstrapListener listener) {
        long t0 = System.nanoTime();
        DumpDownload.Dump dump = DumpDownload.obtain(fetcher, fetch, options);
        try {
            DumpMapper mapper;
            try {
                mapper = new DumpMapper(DumpTables.read(dump.zip()));
            } catch (DumpFormatException e) {
                throw new DumpException(dump.source(), e.getMessage(), e);
            }
            int until = options.until().orElse(RaceKey.LAST_SEASON);
            List<Integer> seasons = mapper.seasons().stream()
                    .filter(y -> y >= RaceKey.FIRST_SEASON && y <= until).toList();
            listener.onDump(dump.source(), dump.cached(), seasons.size());
            List<BootstrapSeason> done = new ArrayList<>();
            for (int year : seasons) {
                BootstrapSeason s = season(ctx, mapper, year);
                done.add(s);
                LOG.info("bootstrap {}", s.line());
                listener.onSeason(s);
            }
            return new BootstrapReport(dump.source(), dump.sha256(), dump.cached(), dump.requests(), done,
                    Duration.ofNanos(System.nanoTime() - t0));
        } finally {
            if (dump.temporary()) {
                try {
                    Files.deleteIfExists(dump.zip());
                } catch (IOException e) {
                    LOG.debug("could not delete {}", dump.zip(), e);
                }
            }
        }
    }

    /** One season: mapped outside the transaction, written inside it. */
    private static BootstrapSeason season(JobContext ctx, DumpMapper mapper, int year) {
        int leftBefore = mapper.leftOut().size();
        DumpSeason rows;
        try {
            rows = mapper.season(year);
        } catch (DumpFormatException | IllegalArgumentException e) {
            // The season cannot be read into rows the API would serve; the other seasons still can.
            return new BootstrapSeason(year, false, 0, 0, 0, 0, 0, 0, 0, withoutSprintQualifying(ctx, year),
                    List.of("season not written: " + e.getMessage()));
        }
        List<String> leftOut = mapper.leftOut().subList(leftBefore, mapper.leftOut().size()).stream()
                .map(line -> "row left out: " + line).toList();
        DumpIngest.Outcome o;
        try {
            o = ctx.storage().inTransaction(tx -> DumpIngest.write(tx, ctx, rows));
        } catch (JobException e) {
            // A season the stored data contradicts (renumbered rounds): rolled back, the others go on.
            return new BootstrapSeason(year, false, 0, 0, 0, 0, 0, 0, 0, withoutSprintQualifying(ctx, year),
                    List.of("season not written: " + e.getMessage()));
        }
        List<String> skipped = new ArrayList<>(o.skipped());
        if (o.written()) {
            skipped.addAll(leftOut);
        }
        return new BootstrapSeason(year, o.written(), o.races(), o.results(), o.sprintResults(), o.qualifying(),
                o.laps(), o.pitStops(), o.notes(), withoutSprintQualifying(ctx, year), skipped);
    }

    /**
     * The season's stored sprint weekends that have a sprint-qualifying session (2023 on), are past their sprint
     * (sprint done, qualifying done or completed) and have no sprint-qualifying rows: the dump has none (D63), and
     * {@code backfillSprint} fills them (D80). Read from the storage, so it also counts what an earlier run left.
     */
    static int withoutSprintQualifying(JobContext ctx, int year) {
        List<Race> held = ctx.storage().races().races(year).stream().filter(r -> r.isSprintWeekend()
                && r.format().hasSprintQualifying() && PAST_SPRINT.contains(r.status())).toList();
        if (held.isEmpty()) {
            return 0;
        }
        Set<RaceKey> filled = ctx.storage().results().sprintQualifying(year, year).stream()
                .map(QualifyingResult::race).collect(Collectors.toSet());
        return (int) held.stream().filter(r -> !filled.contains(r.key())).count();
    }
}
