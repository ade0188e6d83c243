package org.f1pipeline.job.internal.ingest;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.f1pipeline.domain.DataNote;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.OfflineCacheMissException;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.internal.JobContext;
import org.f1pipeline.job.internal.JobHandler;
import org.f1pipeline.job.internal.JobOutcome;
import org.f1pipeline.source.openf1.OpenF1Data;
import org.f1pipeline.source.openf1.OpenF1Derivations;
import org.f1pipeline.source.openf1.OpenF1Endpoint;
import org.f1pipeline.source.openf1.OpenF1Session;
import org.f1pipeline.source.openf1.QualifyingBests;

/**
 * {@code ingest_qualifying(year, round)}: the grand-prix qualifying classification with Q1/Q2/Q3 from Jolpica (every
 * season it has qualifying for, 1994 on), plus each driver's best sectors and top speed-trap reading from OpenF1's
 * qualifying laps for 2023 on (seed §5.3), or from the live-timing archive for 2018-2022 and whenever OpenF1 is off,
 * fails or lacks the session. Status {@code scheduled|sprint_done → qualifying_done}.
 *
 * <p>For a round Jolpica has no qualifying for (every round before 1994, which is not even asked for, and some
 * 1994-2003 rounds once the publication grace has passed), the race's starting grid stands in for the
 * classification (the seed's legacy fallback, with a stored {@link DataNote} from 1994), so every race with a grid
 * gets features and a prediction, and the backfill can use either job for any year. The legacy variant ({@link IngestQualifyingLegacyJob}) is the same without OpenF1 and with the
 * seed's narrower guard {@code scheduled → qualifying_done}.
 *
 * <p>Errors: a session in the future, or no (or partial) qualifying within the publication grace →
 * {@link org.f1pipeline.DataNotAvailableException}; a driver not on the entry list → {@link
 * org.f1pipeline.job.JobException}; an OpenF1 car no driver matches → {@link
 * org.f1pipeline.source.openf1.UnknownDriverException}. Nothing is written in any of these cases.
 */
class IngestQualifyingJob implements JobHandler {

    /** First season Jolpica has qualifying classifications for. */
    static final int FIRST_JOLPICA_QUALIFYING = 1994;

    private final boolean legacy;

    IngestQualifyingJob() {
        this(false);
    }

    IngestQualifyingJob(boolean legacy) {
        this.legacy = legacy;
    }

    @Override
    public JobOutcome run(JobContext ctx, JobParams params) {
        IngestRun run = new IngestRun(legacy ? Job.INGEST_QUALIFYING_LEGACY : Job.INGEST_QUALIFYING, ctx, params);
        Race race = run.race();
        run.requireStarted(race, SessionType.QUALIFYING);
        Roster roster = Roster.load(run, race.key().season());
        int season = race.key().season();
        // Jolpica has no qualifying before 1994: not asked (one request a season saved).
        List<QualifyingResult> rows = season < FIRST_JOLPICA_QUALIFYING ? List.of()
                : Classifications.qualifying(run, race, JolpicaData.qualifying(run, race), roster);
        if (rows.isEmpty()) {
            if (season >= FIRST_JOLPICA_QUALIFYING && run.recent(race, SessionType.QUALIFYING)) {
                throw run.notYet(race.key(), "Jolpica has no qualifying for " + race.name() + " yet");
            }
            // The race's starting grid is the qualifying order (the seed's legacy fallback), so the round still
            // gets features and a prediction.
            rows = Classifications.fromGrid(Classifications.gridSource(run, race, JolpicaData.results(run, race),
                    roster));
            String how = "order from the race's starting grid (" + rows.size() + " cars; pit-lane starters and"
                    + " non-starters left out), without times";
            if (season < FIRST_JOLPICA_QUALIFYING) {
                run.note("Jolpica has no qualifying before " + FIRST_JOLPICA_QUALIFYING + ": " + how);
            } else {
                run.dataNote(race.key(), SessionType.QUALIFYING, DataNote.Kind.GRID_AS_QUALIFYING,
                        "Jolpica has no qualifying table for " + race.name() + ": " + how);
            }
        }
        if (!legacy) {
            List<QualifyingResult> open = OpenF1Weekend.covers(run, race) ? withOpenF1Bests(run, race, rows, roster)
                    : null;
            rows = open != null ? open : ArchiveWeekend.covers(race)
                    ? ArchiveQualifying.withBests(run, race, rows, roster) : rows;
        }
        Set<RaceStatus> from = legacy ? Set.of(RaceStatus.SCHEDULED) : RaceStatus.BEFORE_QUALIFYING;
        List<QualifyingResult> write = rows;
        Optional<RaceStatus> unmoved = ctx.storage().inTransaction(tx -> {
            tx.results().replaceQualifying(race.key(), write);
            tx.notes().replaceNotes(race.key(), SessionType.QUALIFYING, run.dataNotes(SessionType.QUALIFYING));
            boolean moved = tx.races().transitionStatus(race.key(), from, RaceStatus.QUALIFYING_DONE);
            return moved ? Optional.<RaceStatus>empty() : tx.races().race(race.key()).map(Race::status);
        });
        unmoved.ifPresent(s -> run.guardNote(s, RaceStatus.QUALIFYING_DONE, from));
        run.wrote("qualifying_results", write.size());
        return run.outcome();
    }

    /**
     * Adds OpenF1's best sectors and top speed per driver; null when OpenF1 has nothing or fails (the caller then
     * asks the live-timing archive).
     */
    private static List<QualifyingResult> withOpenF1Bests(IngestRun run, Race race, List<QualifyingResult> rows,
                                                          Roster roster) {
        OpenF1Data data;
        try {
            Optional<OpenF1Weekend> weekend = OpenF1Weekend.find(run, race);
            Optional<OpenF1Session> q = weekend.flatMap(w -> w.session(SessionType.QUALIFYING));
            if (q.isEmpty()) {
                run.note("OpenF1 does not list " + race.name() + " qualifying");
                return null;
            }
            data = weekend.get().rows(q.get(), EnumSet.of(OpenF1Endpoint.DRIVERS, OpenF1Endpoint.LAPS));
        } catch (OfflineCacheMissException e) {
            throw e; // offline: a missing cache entry fails the job and is named
        } catch (FetchException e) {
            run.note("OpenF1 failed for " + race.key() + " qualifying (" + e.getMessage() + ")");
            return null;
        }
        if (data.laps().isEmpty()) {
            run.note("OpenF1 has no qualifying laps for " + race.key() + " yet");
            return null;
        }
        IntFunction<DriverId> drivers = roster.mapping().resolver(race.key(), data.drivers());
        Map<DriverId, QualifyingBests> byDriver = new HashMap<>();
        OpenF1Derivations.qualifyingBests(data.laps()).forEach((n, b) -> byDriver.put(drivers.apply(n), b));
        return rows.stream().map(r -> {
            QualifyingBests b = byDriver.get(r.driver());
            return b == null ? r : new QualifyingResult(r.race(), r.driver(), r.constructor(), r.carNumber(),
                    r.position(), r.q1Ms(), r.q2Ms(), r.q3Ms(), b.sector1Ms(), b.sector2Ms(), b.sector3Ms(),
                    b.speedTrapKph());
        }).toList();
    }
}
