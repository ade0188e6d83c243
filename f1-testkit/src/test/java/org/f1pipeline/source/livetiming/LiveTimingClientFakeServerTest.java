package org.f1pipeline.source.livetiming;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.Fetchers;
import org.f1pipeline.fetch.Ticker;
import org.f1pipeline.testkit.fake.FakeApi;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.synthetic.LapRow;
import org.f1pipeline.testkit.synthetic.SessionData;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.f1pipeline.testkit.synthetic.SyntheticSeason;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link LiveTimingClient} over real HTTP against the test kit's fake archive, compared lap by lap with the synthetic
 * facts the fake serves; requests and bytes are counted in the fake's log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveTimingClientFakeServerTest {

    private static final int YEAR = 2020;

    private FakeF1Api fake;
    private LiveTimingClient client;
    private SyntheticSeason season;

    @BeforeAll
    void start() {
        fake = FakeF1Api.start();
        season = fake.history().season(YEAR);
        // The bare HTTP layer (one attempt, no limiter, no cache): every call shows in the fake's request log.
        Fetcher http = Fetchers.http(FetchConfig.ofDefaults(), Ticker.system(), Clock.systemUTC());
        client = LiveTimingClient.builder(http).baseUri(URI.create(fake.liveTimingBaseUrl())).build();
    }

    @AfterAll
    void stop() {
        fake.close();
    }

    @BeforeEach
    void clearLog() {
        fake.requestLog().clear();
    }

    private int requests() {
        return fake.requestLog().count(FakeApi.LIVETIMING);
    }

    private SyntheticRound roundWithSafetyCar() {
        return season.rounds().stream().filter(r -> season.sessionData(r.round(), SessionType.RACE).trackStatus()
                .stream().anyMatch(t -> t.code().equals("4"))).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("the season index lists every session with its type; a session is found by event name")
    void index() {
        List<ArchiveSession> index = client.seasonIndex(YEAR).orElseThrow();
        assertThat(requests()).isEqualTo(1);
        int sessions = season.rounds().stream().mapToInt(r -> r.sessions().size()).sum();
        assertThat(index).hasSize(sessions);
        SyntheticRound r = season.rounds().get(3);
        ArchiveSession race = LiveTimingClient.pick(index, r.raceName(), r.raceDateLocal(), SessionType.RACE).orElseThrow();
        assertThat(race.path()).startsWith(r.liveTimingPath()).endsWith("_Race/");
        assertThat(race.start()).isEqualTo(season.sessionData(r.round(), SessionType.RACE).session().start());
    }

    @Test
    @DisplayName("a race: 8 files, no telemetry; every lap's time, sectors, speed trap, stint, compound, tyre life"
            + " and pit flags equal the synthetic facts; SC laps counted from track status")
    void raceLapsExact() {
        SyntheticRound r = roundWithSafetyCar();
        SessionData truth = season.sessionData(r.round(), SessionType.RACE);
        ArchiveSession s = client.findSession(YEAR, r.raceName(), r.raceDateLocal(), SessionType.RACE, null).orElseThrow();
        fake.requestLog().clear();
        LiveTimingSession session = client.load(s, LiveTimingTopic.raceTopics());
        assertThat(requests()).isEqualTo(8);
        assertThat(session.requests()).isEqualTo(8);
        assertThat(fake.requestLog().count(rec -> rec.path().contains(".z."))).isZero();
        assertThat(session.missingTopics()).isEmpty();
        assertThat(session.laps()).hasSize(truth.laps().size());
        Map<String, ArchiveLap> byKey = new HashMap<>();
        session.laps().forEach(l -> byKey.put(l.carNumber() + "/" + l.lap(), l));
        for (LapRow t : truth.laps()) {
            ArchiveLap l = byKey.get(t.number() + "/" + t.lap());
            assertThat(l).as("lap %s/%s", t.number(), t.lap()).isNotNull();
            assertThat(l.lapTimeMs()).isEqualTo((int) t.lapMs());
            assertThat(l.sector1Ms()).isEqualTo((int) t.s1());
            assertThat(l.sector2Ms()).isEqualTo((int) t.s2());
            assertThat(l.sector3Ms()).isEqualTo((int) t.s3());
            assertThat(l.speedSt()).isEqualTo(t.st());
            assertThat(l.speedI1()).isEqualTo(t.i1());
            assertThat(l.stint()).as("stint %s/%s", t.number(), t.lap()).isEqualTo(t.stint());
            assertThat(l.compound()).isEqualTo(t.compound());
            assertThat(l.tyreLife()).as("tyre life %s/%s", t.number(), t.lap()).isEqualTo(t.tyreAge());
            assertThat(l.pitIn()).as("pit in %s/%s", t.number(), t.lap()).isEqualTo(t.pitIn());
            assertThat(l.pitOut()).as("pit out %s/%s", t.number(), t.lap()).isEqualTo(t.pitOut());
        }
        // The seed's rule on FastF1 laps: distinct lap numbers of any car whose status during the lap contains 4 / 6.
        assertThat(session.lapsWithStatus("4")).isEqualTo(lapsWith(truth, "4")).isPositive();
        assertThat(session.lapsWithStatus("6")).isEqualTo(lapsWith(truth, "6"));
        assertThat(session.totalLaps()).isEqualTo(r.raceLaps());
        assertThat(session.weather()).hasSize(truth.weather().size());
        assertThat(session.conditions(org.f1pipeline.domain.RaceKey.of(YEAR, r.round()),
                org.f1pipeline.domain.RaceType.GRAND_PRIX).airTempC()).isNotNull();
        assertThat(session.bytes()).isPositive();
    }

    /** Oracle from the synthetic timeline: the status before each lap's start plus every change in [start, end). */
    private static int lapsWith(SessionData truth, String code) {
        Set<Integer> laps = new TreeSet<>();
        for (LapRow l : truth.laps()) {
            String before = null;
            StringBuilder codes = new StringBuilder();
            for (var t : truth.trackStatus()) {
                if (t.atMs() < l.startMs()) {
                    before = t.code();
                } else if (t.atMs() < l.endMs()) {
                    codes.append(t.code());
                }
            }
            if ((before + codes).contains(code)) {
                laps.add(l.lap());
            }
        }
        return laps.size();
    }

    @Test
    @DisplayName("qualifying: 7 files; each car's segment bests equal its best lap per segment in the synthetic facts")
    void qualifyingSegments() {
        SyntheticRound r = season.rounds().get(2);
        SessionData truth = season.sessionData(r.round(), SessionType.QUALIFYING);
        ArchiveSession s = client.findSession(YEAR, r.raceName(), r.raceDateLocal(), SessionType.QUALIFYING, null)
                .orElseThrow();
        fake.requestLog().clear();
        LiveTimingSession session = client.load(s, LiveTimingTopic.sessionTopics());
        assertThat(requests()).isEqualTo(7);
        Map<Integer, Integer[]> best = new HashMap<>();
        for (LapRow t : truth.laps()) {
            if (t.pitIn() || t.pitOut()) {
                continue;
            }
            Integer[] b = best.computeIfAbsent(t.number(), k -> new Integer[3]);
            int i = t.segment() - 1;
            b[i] = b[i] == null ? (int) t.lapMs() : Math.min(b[i], (int) t.lapMs());
        }
        assertThat(session.segmentBests()).isNotEmpty();
        for (SegmentBests sb : session.segmentBests().values()) {
            Integer[] b = best.get(sb.carNumber());
            for (int i = 1; i <= 3; i++) {
                if (sb.segment(i) != null) {
                    assertThat(sb.segment(i)).as("car %s Q%s", sb.carNumber(), i).isEqualTo(b[i - 1]);
                }
            }
        }
        assertThat(session.laps().stream().filter(l -> l.segment() != null && l.segment() == 3)).isNotEmpty();
    }

    @Test
    @DisplayName("a missing session or file (S3's 403) is 'unavailable', never an error; pre-2018 has no index")
    void unavailable() {
        assertThat(client.seasonIndex(2017)).isEmpty();
        ArchiveSession ghost = new ArchiveSession(YEAR, 0, "Atlantis Grand Prix", SessionType.RACE, "Race",
                java.time.LocalDateTime.of(2020, 8, 1, 14, 0), java.time.LocalDateTime.of(2020, 8, 1, 16, 0),
                java.time.ZoneOffset.UTC, "2020/2020-08-01_Atlantis_Grand_Prix/2020-08-01_Race/");
        LiveTimingSession s = client.load(ghost, LiveTimingTopic.raceTopics());
        assertThat(s.missingTopics()).hasSize(8);
        assertThat(s.hasTiming()).isFalse();
        assertThat(fake.requestLog().countStatus(403)).isEqualTo(9);
    }

    @Test
    @DisplayName("the mirror serves what the primary refuses (blocked: 403 for everything)")
    void mirror() {
        Fetcher http = Fetchers.http(FetchConfig.ofDefaults(), Ticker.system(), Clock.systemUTC());
        LiveTimingClient withMirror = LiveTimingClient.builder(http)
                .baseUri(URI.create(fake.liveTimingBaseUrl() + "/blocked-prefix/"))
                .mirror(URI.create(fake.liveTimingBaseUrl())).build();
        SyntheticRound r = season.rounds().get(0);
        Optional<List<ArchiveSession>> index = withMirror.seasonIndex(YEAR);
        assertThat(index).isPresent();
        assertThat(fake.requestLog().countStatus(403)).isEqualTo(1);
        ArchiveSession race = LiveTimingClient.pick(index.get(), r.raceName(), r.raceDateLocal(), SessionType.RACE)
                .orElseThrow();
        assertThat(withMirror.load(race, Set.of(LiveTimingTopic.LAP_COUNT)).totalLaps()).isEqualTo(r.raceLaps());
    }
}
