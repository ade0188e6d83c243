package org.f1pipeline.job;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.f1pipeline.InvalidInputException;

/**
 * Every job of the pipeline, under the seed engine's snake_case names ({@link #jobName()}), with the parameters it
 * needs. The job chain of a conventional weekend is sync_schedule, sync_season, ingest_qualifying, ingest_race,
 * compute_season_stats, compute_features, compute_predictions; sprint weekends add ingest_sprint_qualifying,
 * compute_sprint_features, compute_sprint_predictions and ingest_sprint before the grand-prix steps.
 */
public enum Job {
    /** Every round of a season: circuit, format, session start times; rounds dropped from the calendar are cancelled. */
    SYNC_SCHEDULE(Scope.YEAR),
    /** Teams and drivers of a season (from the entry list, so it works before the first race), optional round. */
    SYNC_SEASON(Scope.YEAR),
    /** Grand-prix qualifying: classification, Q1-Q3, best sectors and speed trap where available. */
    INGEST_QUALIFYING(Scope.ROUND),
    /** Qualifying for seasons before 2018, from Jolpica only. */
    INGEST_QUALIFYING_LEGACY(Scope.ROUND),
    /** FP2 long-run pace per driver and compound. */
    INGEST_FP2(Scope.ROUND),
    /** Sprint qualifying (2024+) or sprint shootout (2023): the sprint grid and SQ1-SQ3 times. */
    INGEST_SPRINT_QUALIFYING(Scope.ROUND),
    /** Sprint results, sprint laps and sprint conditions. */
    INGEST_SPRINT(Scope.ROUND),
    /** Grand-prix results, laps and conditions; the race becomes completed. */
    INGEST_RACE(Scope.ROUND),
    /** Grand-prix results for seasons before 2018, from Jolpica only. */
    INGEST_RACE_LEGACY(Scope.ROUND),
    /** Driver and team season statistics. */
    COMPUTE_SEASON_STATS(Scope.YEAR),
    /** The 12 grand-prix features of every driver on the grid. */
    COMPUTE_FEATURES(Scope.RACE),
    /** Grand-prix win probabilities from the features. */
    COMPUTE_PREDICTIONS(Scope.RACE),
    /** The 8 sprint features of every driver on the sprint grid. */
    COMPUTE_SPRINT_FEATURES(Scope.RACE),
    /** Sprint win probabilities from the sprint features. */
    COMPUTE_SPRINT_PREDICTIONS(Scope.RACE);

    /** What a job runs on. */
    public enum Scope {
        /** A season: needs {@code year}. */
        YEAR,
        /** A round: needs {@code year} and {@code round} (or a race key). */
        ROUND,
        /** A race: needs a race key (or {@code year} and {@code round}). */
        RACE
    }

    private final Scope scope;

    Job(Scope scope) {
        this.scope = scope;
    }

    /** What the job runs on, and so which parameters it requires. */
    public Scope scope() {
        return scope;
    }

    /** The seed's name, e.g. {@code ingest_qualifying}. */
    public String jobName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Finds a job by its seed name ({@code compute_features}) or enum name, case-insensitive, '-' accepted for '_'.
     *
     * @throws InvalidInputException naming every known job when the name is unknown
     */
    public static Job fromName(String name) {
        if (name != null) {
            String wanted = name.trim().replace('-', '_');
            for (Job job : values()) {
                if (job.jobName().equalsIgnoreCase(wanted)) {
                    return job;
                }
            }
        }
        throw new InvalidInputException("job", "unknown job '" + name + "'; known jobs: "
                + Arrays.stream(values()).map(Job::jobName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return jobName();
    }
}
