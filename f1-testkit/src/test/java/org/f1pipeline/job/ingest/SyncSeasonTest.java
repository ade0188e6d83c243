package org.f1pipeline.job.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.SeasonEntry;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.f1pipeline.job.JobReport;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.synthetic.Entry;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.f1pipeline.testkit.synthetic.SyntheticSeason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * sync_season across a season: before the first race from the teams' registered drivers, then round by round from
 * the classifications, picking up a replacement at the round he first drives, never losing earlier entries.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyncSeasonTest {

    private FakeF1Api fake;
    private SyntheticSeason season;
    private Storage storage;

    @BeforeAll
    void start() {
        fake = FakeF1Api.start();
        season = fake.history().season(2024);
    }

    @AfterAll
    void stop() {
        fake.setAsOf(null);
        fake.close();
    }

    @BeforeEach
    void open() {
        storage = Storages.inMemory();
    }

    @AfterEach
    void close() {
        fake.setAsOf(null);
        storage.close();
    }

    /** The first (driver, team) pair of the season that starts after round 1: a replacement or a team change. */
    private Map.Entry<Entry, Integer> lateEntry() {
        Map<String, Integer> first = new LinkedHashMap<>();
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (SyntheticRound r : season.rounds()) {
            for (Entry e : r.entries()) {
                String key = e.driverId() + "@" + e.constructorId();
                first.putIfAbsent(key, r.round());
                entries.putIfAbsent(key, e);
            }
        }
        String late = first.entrySet().stream().filter(x -> x.getValue() > 1).findFirst().orElseThrow().getKey();
        return Map.entry(entries.get(late), first.get(late));
    }

    @Test
    @DisplayName("before the first race: the entry list from the teams' drivers, without numbers or rounds")
    void beforeTheSeason() {
        Instant preSeason = season.round(1).sessions().get(0).start().minus(Duration.ofDays(10));
        fake.setAsOf(preSeason);
        F1Pipeline pipeline = IngestFixture.pipeline(fake, storage, preSeason);
        pipeline.runJob(Job.SYNC_SCHEDULE, JobParams.year(2024));
        JobReport report = pipeline.runJob(Job.SYNC_SEASON, JobParams.year(2024));
        assertThat(report.notes()).anySatisfy(n -> assertThat(n).contains("entry list from the teams"));
        List<SeasonEntry> entries = storage.catalog().seasonEntries(2024);
        assertThat(entries).isNotEmpty().allSatisfy(e -> assertThat(e.firstRound()).isNull());
        assertThat(entries.stream().map(e -> e.driver().value()))
                .containsAll(season.round(1).entries().stream().map(Entry::driverId).toList());
    }

    @Test
    @DisplayName("round by round: a replacement appears at his first round; earlier entries and rounds stay")
    void replacement() {
        Map.Entry<Entry, Integer> late = lateEntry();
        int round = late.getValue();
        F1Pipeline pipeline = IngestFixture.pipeline(fake, storage, ConventionalWeekendTest.DEC_2024);
        pipeline.runJob(Job.SYNC_SCHEDULE, JobParams.year(2024));
        pipeline.runJob(Job.SYNC_SEASON, JobParams.round(2024, 1));
        assertThat(storage.catalog().seasonEntries(2024)).noneMatch(e -> matches(e, late.getKey()));
        JobReport report = pipeline.runJob(Job.SYNC_SEASON, JobParams.round(2024, round));
        assertThat(report.rowsWritten().get("season_entries")).isPositive();
        assertThat(storage.catalog().seasonEntries(2024)).filteredOn(e -> matches(e, late.getKey()))
                .singleElement().satisfies(e -> {
                    assertThat(e.firstRound()).isEqualTo(round);
                    assertThat(e.carNumber()).isEqualTo(late.getKey().number());
                });
        assertThat(storage.catalog().seasonEntries(2024)).allSatisfy(e ->
                assertThat(e.firstRound()).isIn(1, round));
        // The replacement's race can now be ingested; re-syncing the whole season changes no first round.
        pipeline.runJob(Job.INGEST_RACE, JobParams.round(2024, round));
        assertThat(storage.races().race(RaceKey.of(2024, round)).orElseThrow().status())
                .isEqualTo(RaceStatus.COMPLETED);
        List<SeasonEntry> before = storage.catalog().seasonEntries(2024);
        pipeline.runJob(Job.SYNC_SEASON, JobParams.year(2024));
        assertThat(storage.catalog().seasonEntries(2024)).containsAll(before);
    }

    private static boolean matches(SeasonEntry e, Entry truth) {
        return e.driver().value().equals(truth.driverId()) && e.constructor().value().equals(truth.constructorId());
    }
}
