package org.f1pipeline.job.internal.ingest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.f1pipeline.DataNotAvailableException;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobException;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.internal.JobContext;
import org.f1pipeline.job.internal.JobOutcome;
import org.f1pipeline.storage.Storage;

/**
 * One run of an ingest job: its inputs, the rows it wrote and its notes, and the checks every job shares (the race
 * exists and is not cancelled, the session has started by the injected clock). Not thread-safe; one per run.
 */
final class IngestRun {

    final Job job;
    final JobParams params;
    final JobContext ctx;
    final JobSources sources;
    private final Map<String, Integer> rows = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();

    IngestRun(Job job, JobContext ctx, JobParams params) {
        this.job = job;
        this.params = params;
        this.ctx = ctx;
        this.sources = ctx.sources();
    }

    Storage storage() {
        return ctx.storage();
    }

    Instant now() {
        return ctx.clock().instant();
    }

    /** The current calendar year by the injected clock (UTC). */
    int currentYear() {
        return now().atZone(ZoneOffset.UTC).getYear();
    }

    /** A job failure naming the job and its parameters. */
    JobException fail(String message) {
        return new JobException(job, params, message);
    }

    /** "Not published yet, retry later", naming the job and the race; nothing was written. */
    DataNotAvailableException notYet(RaceKey race, String what) {
        return new DataNotAvailableException(job.jobName() + " " + race + ": " + what
                + "; nothing was written, retry later");
    }

    void note(String text) {
        notes.add(text);
    }

    void wrote(String kind, int count) {
        rows.merge(kind, count, Integer::sum);
    }

    JobOutcome outcome() {
        return new JobOutcome(rows, sources.requests(), notes);
    }

    /**
     * The stored race for the job's parameters: it must exist (the schedule synced, the round within the season) and
     * not be cancelled.
     *
     * @throws InvalidInputException for a round the season does not have, or a cancelled round
     * @throws JobException          when the season's schedule was never synced
     */
    Race race() {
        RaceKey key = params.raceKey();
        Optional<Race> stored = storage().races().race(key);
        if (stored.isEmpty()) {
            List<Race> season = storage().races().races(key.season());
            if (season.isEmpty()) {
                throw fail("no schedule is stored for season " + key.season() + ": run sync_schedule for year "
                        + key.season() + " first");
            }
            int last = season.get(season.size() - 1).key().round();
            throw new InvalidInputException("round", "round " + key.round() + " does not exist in season "
                    + key.season() + ", which has " + season.size() + " rounds (1-" + last + ")");
        }
        Race race = stored.get();
        if (race.status() == RaceStatus.CANCELLED) {
            throw new InvalidInputException("round", "race " + key + " (" + race.name()
                    + ") is cancelled: it was dropped from the calendar, so there is nothing to ingest");
        }
        return race;
    }

    /** Requires a sprint weekend for sprint jobs. */
    void requireSprint(Race race) {
        if (!race.isSprintWeekend()) {
            throw new InvalidInputException("round", "race " + race.key() + " (" + race.name()
                    + ") is a conventional weekend: " + job.jobName() + " needs a sprint weekend");
        }
    }

    /**
     * The date guard: the session must have started by the injected clock, else {@link DataNotAvailableException}
     * before any request.
     */
    void requireStarted(Race race, SessionType session) {
        Instant start = sessionStart(race, session);
        if (now().isBefore(start)) {
            throw notYet(race.key(), session.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " starts at " + start + ", after now (" + now() + ")");
        }
    }

    /** When a session starts ({@link SessionStarts#of}). */
    static Instant sessionStart(Race race, SessionType session) {
        return SessionStarts.of(race, session);
    }

    /** Note for a guarded status change that did not match; {@code current} is the status read in the transaction. */
    void guardNote(RaceStatus current, RaceStatus to, Set<RaceStatus> from) {
        note("status stays " + current.wireName() + ": " + job.jobName() + " moves a race to " + to.wireName()
                + " only from " + from.stream().sorted().map(RaceStatus::wireName)
                .reduce((a, b) -> a + " or " + b).orElse("?"));
    }
}
