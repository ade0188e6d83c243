package org.f1pipeline.storage;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;

/**
 * Classifications: grand-prix qualifying, sprint qualifying (2023 shootout / 2024+ SQ), and the sprint and grand-prix
 * results. Natural key of every row: (race, driver) within its kind.
 *
 * <p><b>Sprint rows and the exclude-on-update rule.</b> A sprint weekend's sprint-qualifying rows and sprint results
 * share one row per (race, driver), with two column groups. Writing sprint qualifying only ever sets the SQ group
 * and writing sprint results only ever sets the finish group, so re-ingesting SQ after the sprint never erases the
 * sprint result, and the reverse. Replacing one group removes that group for drivers not in the new set (and
 * drops rows left with neither group). Each group keeps its own constructor and car number.
 */
public interface ResultStore {

    /** Inserts or updates grand-prix qualifying rows. */
    void upsertQualifying(Collection<QualifyingResult> rows);

    /** Makes {@code rows} the complete grand-prix qualifying of {@code race}; every row must be of that race. */
    void replaceQualifying(RaceKey race, Collection<QualifyingResult> rows);

    /** The race's qualifying, by position. */
    List<QualifyingResult> qualifying(RaceKey race);

    /** Qualifying of seasons {@code fromSeason..toSeason} inclusive, by season, round, position. */
    List<QualifyingResult> qualifying(int fromSeason, int toSeason);

    /** Inserts or updates sprint-qualifying rows (SQ1-SQ3 in the q1-q3 fields); never touches sprint results. */
    void upsertSprintQualifying(Collection<QualifyingResult> rows);

    /** Makes {@code rows} the complete sprint qualifying of {@code race}; sprint results are untouched. */
    void replaceSprintQualifying(RaceKey race, Collection<QualifyingResult> rows);

    /** The race's sprint qualifying, by position. */
    List<QualifyingResult> sprintQualifying(RaceKey race);

    /** Sprint qualifying of seasons {@code fromSeason..toSeason} inclusive, by season, round, position. */
    List<QualifyingResult> sprintQualifying(int fromSeason, int toSeason);

    /** Inserts or updates results (grand prix or sprint, by each row's type); sprint rows keep their SQ group. */
    void upsertRaceResults(Collection<RaceResult> rows);

    /** Makes {@code rows} the complete {@code type} results of {@code race}; every row must match both. */
    void replaceRaceResults(RaceKey race, RaceType type, Collection<RaceResult> rows);

    /** The race's results of that type: classified by position, then unclassified by grid, then driver. */
    List<RaceResult> raceResults(RaceKey race, RaceType type);

    /** Results of that type in seasons {@code fromSeason..toSeason} inclusive, by season, round, then as above. */
    List<RaceResult> raceResults(int fromSeason, int toSeason, RaceType type);

    /**
     * As-of read for the model: results of that type from every race weekend whose {@link
     * org.f1pipeline.domain.Race#date() date} (the grand-prix date, for sprint results too) is strictly before
     * {@code cutoff}, by season, round, then as above. One query however long the history.
     */
    List<RaceResult> raceResultsBefore(LocalDate cutoff, RaceType type);
}
