package org.f1pipeline.job.internal.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.Season;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.internal.JobContext;
import org.f1pipeline.job.internal.JobHandler;
import org.f1pipeline.job.internal.JobOutcome;
import org.f1pipeline.source.jolpica.ScheduledRace;

/**
 * {@code sync_schedule(year)}: every round of the season with its circuit, format and session starts (by session
 * name, never by position), from Jolpica's schedule (1 request).
 *
 * <p>Writes, in one transaction: the season (if missing), the circuits (a known overtake rate or safety-car
 * probability is never replaced by the schedule's null), the races (a stored status is never reset). A stored round
 * that is no longer in the calendar becomes {@code cancelled} (Jolpica does not list cancelled rounds), unless it was
 * completed, which is left alone with a note; a cancelled round that reappears goes back to {@code scheduled}. If
 * the calendar was renumbered so that a round with progress (qualifying ingested, or completed) would now be a
 * different event, the job fails rather than attach that data to another race (seed defect D4).
 */
final class SyncScheduleJob implements JobHandler {

    @Override
    public JobOutcome run(JobContext ctx, JobParams params) {
        IngestRun run = new IngestRun(Job.SYNC_SCHEDULE, ctx, params);
        int year = params.year() != null ? params.year() : params.raceKey().season();
        List<ScheduledRace> schedule = schedule(run, year);
        if (schedule.isEmpty()) {
            throw new org.f1pipeline.DataNotAvailableException("sync_schedule " + year
                    + ": Jolpica has no schedule for " + year + " yet; nothing was written, retry later");
        }
        Map<RaceKey, Race> fresh = new TreeMap<>();
        Map<CircuitId, Circuit> circuits = new LinkedHashMap<>();
        for (ScheduledRace s : schedule) {
            RaceKey key = s.race().key();
            if (key.season() != year || fresh.put(key, s.race()) != null) {
                throw run.fail("Jolpica's " + year + " schedule lists round " + key + " twice or for another"
                        + " season");
            }
            circuits.putIfAbsent(s.circuit().id(), s.circuit());
        }
        Map<RaceKey, Race> stored = new TreeMap<>();
        ctx.storage().races().races(year).forEach(r -> stored.put(r.key(), r));
        List<RaceKey> cancel = new ArrayList<>();
        List<RaceKey> revive = new ArrayList<>();
        for (Race old : stored.values()) {
            Race now = fresh.get(old.key());
            if (now == null) {
                if (old.status() == RaceStatus.COMPLETED) {
                    run.note(old.key() + " (" + old.name() + ") is no longer in the schedule but is completed;"
                            + " left as it is");
                } else if (old.status() != RaceStatus.CANCELLED) {
                    cancel.add(old.key());
                    run.note(old.key() + " (" + old.name() + ") is no longer in the schedule: cancelled");
                }
            } else if (old.status() == RaceStatus.CANCELLED) {
                revive.add(old.key());
                run.note(old.key() + " (" + now.name() + ") is back in the schedule: scheduled again");
            } else if (hasProgress(old.status()) && !old.circuit().equals(now.circuit())) {
                throw run.fail("round " + old.key() + " was " + old.name() + " at " + old.circuit().value()
                        + " (status " + old.status().wireName() + ") but the schedule now has " + now.name() + " at "
                        + now.circuit().value() + " in that round: the calendar was renumbered after data was"
                        + " ingested; fix the stored rounds by hand before syncing");
            }
        }
        boolean newSeason = ctx.storage().catalog().season(year).isEmpty();
        ctx.storage().useTransaction(tx -> {
            if (newSeason) {
                tx.catalog().upsertSeasons(List.of(Season.of(year)));
            }
            tx.catalog().upsertCircuits(circuits.values());
            tx.races().upsertRaces(fresh.values());
            cancel.forEach(k -> tx.races().setStatus(k, RaceStatus.CANCELLED));
            revive.forEach(k -> tx.races().setStatus(k, RaceStatus.SCHEDULED));
        });
        if (newSeason) {
            run.wrote("seasons", 1);
        }
        run.wrote("circuits", circuits.size());
        run.wrote("races", fresh.size());
        if (!cancel.isEmpty()) {
            run.wrote("cancelled", cancel.size());
        }
        long sprints = fresh.values().stream().filter(Race::isSprintWeekend).count();
        run.note(year + ": " + fresh.size() + " rounds" + (sprints > 0 ? ", " + sprints + " sprint weekends" : ""));
        return run.outcome();
    }

    /**
     * The season's schedule: from the all-seasons query when a backfill of many past seasons asked for it
     * ({@link SourceHub#hintSchedules}), memoised for all of them; else one request for the season.
     */
    private static List<ScheduledRace> schedule(IngestRun run, int year) {
        if (year < run.currentYear() && run.sources.hub().scheduleHinted(year)) {
            Map<Integer, List<ScheduledRace>> all = run.sources.hub().rememberSeason("jolpica/schedules/all", () -> {
                Map<Integer, List<ScheduledRace>> bySeason = new TreeMap<>();
                run.sources.jolpica().schedules().forEach(s -> bySeason.computeIfAbsent(s.race().key().season(),
                        k -> new ArrayList<>()).add(s));
                return bySeason;
            });
            return all.getOrDefault(year, List.of());
        }
        return run.sources.jolpica().schedule(year);
    }

    private static boolean hasProgress(RaceStatus status) {
        return !Set.of(RaceStatus.SCHEDULED, RaceStatus.CANCELLED).contains(status);
    }
}
