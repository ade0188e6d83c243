package org.f1pipeline.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.f1pipeline.DataNotAvailableException;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.PipelineConfig;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.RateLimitConfig;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.ingest.IngestFixture;
import org.f1pipeline.job.internal.JobOutcome;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.fake.FakeApi;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FaultKind;
import org.f1pipeline.testkit.fake.RequestRecord;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.f1pipeline.testkit.time.FakeSleeper;
import org.f1pipeline.testkit.time.FakeTicker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.f1pipeline.testkit.storage.StorageSnapshot;
import org.f1pipeline.job.internal.JobOverrides;

/**
 * Backfills against the fake servers: the whole chain per round, [SKIP] lines that do not stop the season, resuming
 * without a request for completed rounds, progress events, the sprint backfill, and input checks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackfillTest {

    private static final Instant DEC_2024 = Instant.parse("2024-12-20T12:00:00Z");
    private static final Instant MAR_2025 = Instant.parse("2025-03-01T12:00:00Z");
    private static final BackfillOptions NO_COMPUTE = BackfillOptions.ofDefaults().withComputeJobs(false);
    private static final Pattern ROUND_PATH = Pattern.compile("/ergast/f1/\\d{4}/(\\d+)/");
    private static final Pattern MEETING = Pattern.compile("meeting_key=(\\d+)");

    private FakeF1Api fake;
    private Storage storage;
    private final List<BackfillProgress> progress = new ArrayList<>();
    private final List<BackfillSkip> skips = new ArrayList<>();
    private final BackfillListener recorder = new BackfillListener() {
        @Override
        public void onProgress(BackfillProgress p) {
            progress.add(p);
        }

        @Override
        public void onSkip(BackfillSkip skip) {
            skips.add(skip);
        }
    };

    @BeforeAll
    void start() {
        fake = FakeF1Api.start();
    }

    @AfterAll
    void stop() {
        fake.close();
    }

    @BeforeEach
    void open() {
        storage = Storages.inMemory();
        fake.faults().reset();
        fake.requestLog().clear();
        progress.clear();
        skips.clear();
    }

    @AfterEach
    void close() {
        storage.close();
    }

    private F1Pipeline pipeline(Instant now) {
        return IngestFixture.pipeline(fake, storage, now);
    }

    @Test
    @DisplayName("resume: a fault in round 7 is a [SKIP]; the re-run fetches round 7 only, completed rounds cost nothing")
    void resume() {
        RaceKey broken = RaceKey.of(2024, 7);
        fake.faults().inject(FakeApi.JOLPICA, "/2024/7/results", 100, FaultKind.SERVER_ERROR, 503);
        BackfillReport first = pipeline(DEC_2024).backfillFull(2024, 2024, NO_COMPUTE, recorder);
        assertThat(first.roundsTotal()).isEqualTo(24);
        assertThat(first.roundsCompleted()).isEqualTo(23);
        assertThat(first.skips()).singleElement().satisfies(s -> {
            assertThat(s.line()).startsWith("[SKIP] ingest_race 2024-07: ");
            assertThat(s.race()).isEqualTo(broken);
        });
        assertThat(skips).isEqualTo(first.skips());
        BackfillProgress last = progress.get(progress.size() - 1);
        assertThat(last.roundsDone()).isEqualTo(23);
        assertThat(last.roundsTotal()).isEqualTo(24);
        assertThat(last.requests()).isEqualTo(first.requests()).isPositive();
        assertThat(progress).filteredOn(p -> p.race() != null).hasSize(24);
        assertThat(storage.races().race(broken).orElseThrow().status()).isEqualTo(RaceStatus.QUALIFYING_DONE);

        fake.faults().reset();
        fake.requestLog().clear();
        int brokenMeeting = fake.history().season(2024).round(7).meetingKey();
        BackfillReport second = pipeline(DEC_2024).backfillFull(2024, 2024, NO_COMPUTE, BackfillListener.NONE);
        assertThat(second.roundsResumed()).isEqualTo(23);
        assertThat(second.roundsCompleted()).isEqualTo(1);
        assertThat(second.skips()).isEmpty();
        assertThat(storage.races().races(2024)).allSatisfy(r -> assertThat(r.status())
                .isEqualTo(RaceStatus.COMPLETED));
        Set<Integer> roundsAsked = new java.util.TreeSet<>();
        Set<Integer> meetingsAsked = new java.util.TreeSet<>();
        for (RequestRecord r : fake.requestLog().records()) {
            Matcher m = ROUND_PATH.matcher(r.path() + "/");
            if (m.find()) {
                roundsAsked.add(Integer.parseInt(m.group(1)));
            }
            Matcher k = MEETING.matcher(r.query());
            if (k.find()) {
                meetingsAsked.add(Integer.parseInt(k.group(1)));
            }
        }
        assertThat(roundsAsked).containsExactly(7);
        assertThat(meetingsAsked).containsExactly(brokenMeeting);
        assertThat(second.requests()).isEqualTo(fake.requestLog().count());
    }

    @Test
    @DisplayName("a past season: season-wide queries, every round completed; running it again costs no request")
    void pastSeasonTwice() {
        BackfillOptions options = NO_COMPUTE.withJolpicaLaps(false);
        BackfillReport first = pipeline(MAR_2025).backfillFull(2023, 2023, options, recorder);
        int rounds = fake.history().season(2023).rounds().size();
        assertThat(first.skips()).isEmpty();
        assertThat(first.roundsCompleted()).isEqualTo(rounds);
        Map<String, Integer> jolpica = fake.requestLog().countsByEndpoint(FakeApi.JOLPICA);
        assertThat(jolpica).containsOnlyKeys("races", "results", "qualifying", "sprint");
        assertThat(jolpica.values().stream().mapToInt(Integer::intValue).sum()).isLessThan(20);
        long sprints = fake.history().season(2023).rounds().stream().filter(SyntheticRound::hasSprint).count();
        // sessions once, then 6 endpoints per weekend and session_result on sprint-shootout weekends
        assertThat(fake.requestLog().count(FakeApi.OPENF1)).isEqualTo(1 + 6 * rounds + (int) sprints);
        assertThat(storage.results().sprintQualifying(2023, 2023)).isNotEmpty();
        assertThat(storage.laps().longRuns(storage.races().races(2023).stream().map(Race::key).toList()))
                .isNotEmpty();
        Map<String, Object> before = StorageSnapshot.of(storage, 2023);

        fake.requestLog().clear();
        BackfillReport second = pipeline(MAR_2025).backfillFull(2023, 2023, options, BackfillListener.NONE);
        assertThat(second.roundsResumed()).isEqualTo(rounds);
        assertThat(second.requests()).isZero();
        assertThat(fake.requestLog().count()).isZero();
        assertThat(StorageSnapshot.of(storage, 2023)).isEqualTo(before);
    }

    @Test
    @DisplayName("legacy seasons: Jolpica only, one request per endpoint per season")
    void legacy() {
        BackfillReport report = pipeline(MAR_2025).backfillFull(1950, 1952, NO_COMPUTE.withJolpicaLaps(false),
                BackfillListener.NONE);
        assertThat(report.skips()).isEmpty();
        assertThat(report.roundsCompleted()).isEqualTo(report.roundsTotal()).isPositive();
        // No qualifying request: Jolpica has none before 1994, the grid stands in (issue 9 point 7).
        assertThat(fake.requestLog().countsByEndpoint(FakeApi.JOLPICA).keySet())
                .containsOnly("races", "results");
        assertThat(fake.requestLog().count(FakeApi.OPENF1)).isZero();
        assertThat(storage.results().raceResults(1950, 1952, RaceType.GRAND_PRIX)).isNotEmpty();
    }

    @Test
    @DisplayName("compute through the stale recompute: every round predicted, stats kept; a killed compute resumes")
    void computeSteps() {
        BackfillReport report = pipeline(MAR_2025).backfillFull(1960, 1960,
                BackfillOptions.ofDefaults().withJolpicaLaps(false), recorder);
        int rounds = fake.history().season(1960).rounds().size();
        assertThat(report.roundsCompleted()).isEqualTo(rounds);
        assertThat(report.skips()).isEmpty();
        assertThat(storage.stats().driverStats(1960)).isNotEmpty();
        List<Race> races = storage.races().races(1960);
        long predicted = races.stream().filter(r -> storage.predictions().latest(r.key(), RaceType.GRAND_PRIX)
                .isPresent()).count();
        long withGrid = races.stream().filter(r -> !storage.results().qualifying(r.key()).isEmpty()).count();
        assertThat(predicted).isEqualTo(withGrid).isPositive();
        assertThat(pipeline(MAR_2025).stale(1960, 1960).isEmpty()).isTrue();

        // The statistics lost (as if killed between the last ingest and the compute): status says "complete",
        // the input versions say "stale", and the rerun recomputes them without a request.
        storage.useTransaction(tx -> tx.inputs().recordDerived(List.of(
                org.f1pipeline.storage.DerivedVersion.seasonStats(1960, MAR_2025, 0))));
        storage.stats().replaceDriverStats(1960, List.of());
        assertThat(pipeline(MAR_2025).stale(1960, 1960).statsSeasons()).containsExactly(1960);
        fake.requestLog().clear();
        BackfillReport rerun = pipeline(MAR_2025).backfillFull(1960, 1960,
                BackfillOptions.ofDefaults().withJolpicaLaps(false), recorder);
        assertThat(rerun.requests()).isZero();
        assertThat(storage.stats().driverStats(1960)).isNotEmpty();
        assertThat(pipeline(MAR_2025).stale(1960, 1960).isEmpty()).isTrue();
    }

    @Test
    @DisplayName("sprint backfill: every sprint weekend's sprint jobs in 2021 and 2024, status advanced")
    void sprintBackfill() {
        BackfillReport report = pipeline(MAR_2025).backfillSprint(List.of(2024, 2021), NO_COMPUTE, recorder);
        long sprints = fake.history().season(2021).rounds().stream().filter(SyntheticRound::hasSprint).count()
                + fake.history().season(2024).rounds().stream().filter(SyntheticRound::hasSprint).count();
        assertThat(report.years()).containsExactly(2021, 2024);
        assertThat(report.skips()).isEmpty();
        assertThat(report.roundsCompleted()).isEqualTo((int) sprints);
        Set<RaceStatus> statuses = storage.races().races(2024).stream().filter(Race::isSprintWeekend)
                .map(Race::status).collect(Collectors.toSet());
        assertThat(statuses).containsOnly(RaceStatus.SPRINT_DONE);
        assertThat(storage.races().races(2021).stream().filter(Race::isSprintWeekend).map(Race::status))
                .containsOnly(RaceStatus.SPRINT_DONE);
        assertThat(storage.results().sprintQualifying(2021, 2021)).isEmpty();
        assertThat(storage.results().sprintQualifying(2024, 2024)).isNotEmpty();
    }

    @Test
    @DisplayName("rounds not raced yet are pending, not skipped")
    void pending() {
        SyntheticRound next = fake.history().season(2024).round(13);
        Instant now = next.sessions().get(0).start().minusSeconds(3600);
        fake.setAsOf(now);
        try {
            BackfillReport report = pipeline(now).backfillFull(2024, 2024, NO_COMPUTE.withJolpicaLaps(false),
                    BackfillListener.NONE);
            assertThat(report.roundsCompleted()).isEqualTo(12);
            assertThat(report.roundsPending()).isEqualTo(12);
            assertThat(report.skips()).isEmpty();
        } finally {
            fake.setAsOf(null);
        }
    }

    @Test
    @DisplayName("progress counts requests and rate-limit waits (fake time), and gives an ETA once a round is done")
    void throttles() {
        FetchConfig fetch = IngestFixture.config(fake).fetch().toBuilder()
                .source(SourceConfig.jolpica().withBaseUrl(URI.create(fake.jolpicaBaseUrl() + "/"))
                        .withRateLimit(RateLimitConfig.builder().window(1, Duration.ofSeconds(1)).build()))
                .build();
        FakeTicker ticker = new FakeTicker();
        F1Pipeline pipeline = IngestFixture.builder(fake, storage, MAR_2025)
                .config(PipelineConfig.ofDefaults().toBuilder().fetch(fetch).build())
                .ticker(ticker).sleeper(new FakeSleeper(ticker, null)).build();
        BackfillReport report = pipeline.backfillFull(1955, 1955, NO_COMPUTE, recorder);
        BackfillProgress last = progress.get(progress.size() - 1);
        assertThat(last.throttles()).isPositive();
        assertThat(last.requests()).isEqualTo(report.requests()).isEqualTo(fake.requestLog().count());
        assertThat(last.roundsDone()).isEqualTo(last.roundsTotal()).isEqualTo(report.roundsTotal());
        assertThat(last.fraction()).isEqualTo(1.0);
        assertThat(last.eta()).isNotNull();
        assertThat(last.elapsed()).as("the limiter waited on fake time").isPositive();
    }

    @Test
    @DisplayName("backfill years are checked before any I/O")
    void badYears() {
        F1Pipeline pipeline = pipeline(MAR_2025);
        assertThatThrownBy(() -> pipeline.backfillFull(2025, 2024)).isInstanceOf(InvalidInputException.class)
                .hasMessage("start year 2025 is after end year 2024");
        assertThatThrownBy(() -> pipeline.backfillFull(1949, 1950)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("year must be between 1950 and 2026, was 1949");
        assertThatThrownBy(() -> pipeline.backfillSprint(List.of(), NO_COMPUTE, BackfillListener.NONE))
                .isInstanceOf(InvalidInputException.class);
        assertThat(fake.requestLog().count()).isZero();
    }
}
