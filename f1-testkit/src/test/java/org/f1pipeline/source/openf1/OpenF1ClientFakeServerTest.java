package org.f1pipeline.source.openf1;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.RaceConditions;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.SeasonEntry;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.Fetchers;
import org.f1pipeline.fetch.Ticker;
import org.f1pipeline.testkit.fake.FakeApi;
import org.f1pipeline.testkit.fake.FakeF1Api;
import org.f1pipeline.testkit.fake.FakeF1Options;
import org.f1pipeline.testkit.synthetic.Entry;
import org.f1pipeline.testkit.synthetic.LapRow;
import org.f1pipeline.testkit.synthetic.ResultRow;
import org.f1pipeline.testkit.synthetic.SessionData;
import org.f1pipeline.testkit.synthetic.SynthDriver;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.f1pipeline.testkit.synthetic.SyntheticSeason;
import org.f1pipeline.testkit.synthetic.SyntheticSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@link OpenF1Client}, the derivations and {@link DriverMapping} over real HTTP against the test kit's fake
 * OpenF1, compared with the synthetic facts the fake serves; requests are counted in the fake's log.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenF1ClientFakeServerTest {

    private static final int YEAR = 2024;

    private FakeF1Api fake;
    private Fetcher http;
    private OpenF1Client client;
    private SyntheticSeason season;

    @BeforeAll
    void start() {
        fake = FakeF1Api.start();
        season = fake.history().season(YEAR);
        // The bare HTTP layer (one attempt, no limiter, no cache): every call shows in the fake's request log.
        http = Fetchers.http(FetchConfig.ofDefaults(), Ticker.system(), Clock.systemUTC());
        client = OpenF1Client.builder(http).baseUri(URI.create(fake.openF1BaseUrl())).build();
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
        return fake.requestLog().count(FakeApi.OPENF1);
    }

    /** The season's entry list as Jolpica gives it: one entry per driver and team, from its first round. */
    private List<SeasonEntry> entries() {
        Map<String, SeasonEntry> byDriverTeam = new LinkedHashMap<>();
        for (SyntheticRound r : season.rounds()) {
            for (Entry e : r.entries()) {
                byDriverTeam.putIfAbsent(e.driverId() + "/" + e.constructorId(), new SeasonEntry(YEAR,
                        DriverId.of(e.driverId()), ConstructorId.of(e.constructorId()), e.number(), r.round()));
            }
        }
        return new ArrayList<>(byDriverTeam.values());
    }

    private List<Driver> drivers() {
        List<Driver> out = new ArrayList<>();
        for (SynthDriver d : season.drivers()) {
            out.add(new Driver(DriverId.of(d.driverId()), d.code(), d.permanentNumber(), d.givenName(),
                    d.familyName(), null, d.nationality()));
        }
        return out;
    }

    private SyntheticRound roundWithSafetyCar() {
        return season.rounds().stream().filter(r -> season.sessionData(r.round(), SessionType.RACE).raceControl()
                .stream().anyMatch(m -> "SAFETY CAR DEPLOYED".equals(m.message()))).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("a season's meetings and sessions cost one request each and match the calendar")
    void schedule() {
        List<OpenF1Meeting> meetings = client.meetings(YEAR);
        List<OpenF1Session> sessions = client.sessions(YEAR);
        assertThat(requests()).isEqualTo(2);
        assertThat(meetings).extracting(OpenF1Meeting::meetingKey)
                .containsExactlyElementsOf(season.rounds().stream().map(SyntheticRound::meetingKey).toList());
        int count = season.rounds().stream().mapToInt(r -> r.sessions().size()).sum();
        assertThat(sessions).hasSize(count);
        for (SyntheticRound r : season.rounds()) {
            for (SyntheticSession s : r.sessions()) {
                OpenF1Session read = sessions.stream().filter(x -> x.sessionKey() == s.key()).findFirst().orElseThrow();
                assertThat(read.sessionType()).as("type of %s", s.openF1Name()).contains(s.type());
                assertThat(read.end()).isEqualTo(s.end());
                assertThat(read.meetingKey()).isEqualTo(r.meetingKey());
            }
        }
    }

    @Test
    @DisplayName("a weekend costs one request per endpoint, and splits into its sessions")
    void weekend() {
        SyntheticRound round = roundWithSafetyCar();
        List<OpenF1Session> sessions = client.sessionsOfMeeting(round.meetingKey());
        fake.requestLog().clear();
        Set<OpenF1Endpoint> endpoints = OpenF1Endpoint.ingestDefaults();
        OpenF1Data data = client.meetingData(round.meetingKey(), sessions, endpoints);
        assertThat(data.isComplete()).as("failures %s", data.failures()).isTrue();
        assertThat(requests()).isEqualTo(endpoints.size());
        for (SyntheticSession s : round.sessions()) {
            SessionData truth = season.sessionData(round.round(), s.type());
            OpenF1Data one = data.session(s.key());
            assertThat(one.laps()).as("laps of %s", s.type()).hasSize(truth.laps().size());
            assertThat(one.stints()).hasSize(truth.stints().size());
            assertThat(one.weather()).hasSize(truth.weather().size());
            assertThat(one.raceControl()).hasSize(truth.raceControl().size());
            assertThat(one.drivers()).hasSize(round.entries().size());
        }
    }

    @Test
    @DisplayName("race laps derived from OpenF1 match the synthetic laps: times, tyres, stints, pit flags")
    void lapsMatchTruth() {
        SyntheticRound round = roundWithSafetyCar();
        SyntheticSession race = round.session(SessionType.RACE);
        OpenF1Data data = client.sessionData(session(race, round), EnumSet.of(OpenF1Endpoint.DRIVERS,
                OpenF1Endpoint.LAPS, OpenF1Endpoint.STINTS, OpenF1Endpoint.PIT));
        RaceKey key = RaceKey.of(YEAR, round.round());
        IntFunction<DriverId> ids = DriverMapping.of(YEAR, entries(), drivers()).resolver(key, data.drivers());
        List<LapTime> laps = OpenF1Derivations.lapTimes(key, RaceType.GRAND_PRIX, data.laps(), data.stints(),
                data.pits(), ids);
        List<LapRow> truth = season.sessionData(round.round(), SessionType.RACE).laps();
        assertThat(laps).hasSize(truth.size());
        Map<String, LapTime> byKey = new LinkedHashMap<>();
        laps.forEach(l -> byKey.put(l.driver().value() + "#" + l.lap(), l));
        for (LapRow t : truth) {
            LapTime l = byKey.get(t.driverId() + "#" + t.lap());
            assertThat(l).as("lap %d of %s", t.lap(), t.driverId()).isNotNull();
            assertThat(l.lapTimeMs()).isEqualTo((int) t.lapMs());
            assertThat(l.sector2Ms()).isEqualTo((int) t.s2());
            assertThat(l.compound()).isEqualTo(t.compound());
            assertThat(l.stint()).isEqualTo(t.stint());
            assertThat(l.tyreLife()).as("tyre life, lap %d of %s", t.lap(), t.driverId()).isEqualTo(t.tyreAge());
            assertThat(l.pitOut()).isEqualTo(t.pitOut());
            assertThat(l.pitIn()).as("pit in, lap %d of %s", t.lap(), t.driverId()).isEqualTo(t.pitIn());
            assertThat(l.speedTrapKph()).isEqualTo((double) t.st());
        }
    }

    @Test
    @DisplayName("race conditions: SC laps match the track status of the laps, weather matches the samples")
    void conditions() {
        SyntheticRound round = roundWithSafetyCar();
        SyntheticSession race = round.session(SessionType.RACE);
        OpenF1Data data = client.sessionData(session(race, round), EnumSet.of(OpenF1Endpoint.WEATHER,
                OpenF1Endpoint.RACE_CONTROL));
        RaceConditions c = OpenF1Derivations.conditions(RaceKey.of(YEAR, round.round()), RaceType.GRAND_PRIX,
                data.weather(), data.raceControl());
        SessionData truth = season.sessionData(round.round(), SessionType.RACE);
        Set<Integer> scLaps = new TreeSet<>();
        Set<Integer> vscLaps = new TreeSet<>();
        truth.laps().forEach(l -> {
            if (l.trackStatus().contains("4")) {
                scLaps.add(l.lap());
            }
            if (l.trackStatus().contains("6")) {
                vscLaps.add(l.lap());
            }
        });
        assertThat(OpenF1Derivations.safetyCarLaps(data.raceControl()).safetyCar()).isEqualTo(scLaps);
        assertThat(c.safetyCarLaps()).isEqualTo(scLaps.size()).isPositive();
        assertThat(c.virtualSafetyCarLaps()).isEqualTo(vscLaps.size());
        double rain = truth.weather().stream().filter(w -> w.rainfall()).count() / (double) truth.weather().size();
        assertThat(c.rainfallShare()).isEqualTo(rain);
        double air = truth.weather().stream().mapToDouble(w -> w.airTemp()).average().orElseThrow();
        assertThat(c.airTempC()).isCloseTo(air, org.assertj.core.data.Offset.offset(0.051));
    }

    @Test
    @DisplayName("every driver of every race of the season maps to its entry's driver and team (swap, stand-in)")
    void driverMappingOverSeason() {
        DriverMapping mapping = DriverMapping.of(YEAR, entries(), drivers());
        List<OpenF1Session> sessions = client.sessions(YEAR);
        fake.requestLog().clear();
        for (SyntheticRound r : season.rounds()) {
            SyntheticSession race = r.session(SessionType.RACE);
            OpenF1Session s = sessions.stream().filter(x -> x.sessionKey() == race.key()).findFirst().orElseThrow();
            List<OpenF1Driver> rows = client.sessionData(s, Set.of(OpenF1Endpoint.DRIVERS)).drivers();
            Map<Integer, MappedDriver> mapped = mapping.mapSession(RaceKey.of(YEAR, r.round()), rows);
            for (Entry e : r.entries()) {
                MappedDriver m = mapped.get(e.number());
                assertThat(m.driver().value()).as("round %d car %d", r.round(), e.number()).isEqualTo(e.driverId());
                assertThat(m.constructor().value()).as("round %d car %d team", r.round(), e.number())
                        .isEqualTo(e.constructorId());
                assertThat(m.matchedBy()).isEqualTo(MappedDriver.MatchedBy.CAR_NUMBER);
            }
        }
        assertThat(requests()).isEqualTo(season.rounds().size());
    }

    @Test
    @DisplayName("classification and grid positions match the synthetic results")
    void positions() {
        SyntheticRound round = season.round(1);
        SyntheticSession race = round.session(SessionType.RACE);
        OpenF1Data data = client.sessionData(session(race, round), EnumSet.of(OpenF1Endpoint.SESSION_RESULT,
                OpenF1Endpoint.STARTING_GRID));
        Map<Integer, Integer> classified = OpenF1Derivations.classification(data.sessionResults());
        Map<Integer, Integer> grid = OpenF1Derivations.grid(data.startingGrid());
        for (ResultRow r : round.results()) {
            if (!r.dsq()) {
                assertThat(classified.get(r.entry().number())).isEqualTo(r.position());
            }
            assertThat(grid.get(r.entry().number())).isEqualTo(r.grid());
        }
    }

    @Test
    @DisplayName("a weekend query over the server's row budget falls back to one query per session")
    void fallbackWhenTooLarge() {
        try (FakeF1Api small = FakeF1Api.start(FakeF1Options.builder().openF1MaxRows(2_000).build())) {
            OpenF1Client c = OpenF1Client.builder(http).baseUri(URI.create(small.openF1BaseUrl())).build();
            SyntheticRound round = season.round(2);
            OpenF1Data data = c.meetingData(round.meetingKey(), Set.of(OpenF1Endpoint.LAPS));
            assertThat(data.isComplete()).as("failures %s", data.failures()).isTrue();
            int truth = round.sessions().stream()
                    .mapToInt(s -> season.sessionData(round.round(), s.type()).laps().size()).sum();
            assertThat(truth).isGreaterThan(2_000);
            assertThat(data.laps()).hasSize(truth);
            assertThat(small.requestLog().countStatus(500)).isEqualTo(1);
            // laps?meeting_key (500), sessions?meeting_key, then one laps query per session.
            assertThat(small.requestLog().count(FakeApi.OPENF1)).isEqualTo(2 + round.sessions().size());
        }
    }

    @Test
    @DisplayName("car data is fetched for one driver in date windows")
    void carDataWindows() {
        SyntheticRound round = season.round(1);
        SyntheticSession race = round.session(SessionType.RACE);
        OpenF1Client windowed = OpenF1Client.builder(http).baseUri(URI.create(fake.openF1BaseUrl()))
                .telemetryWindow(Duration.ofMinutes(10)).build();
        int car = round.entries().get(0).number();
        List<OpenF1CarData> samples = windowed.carData(session(race, round), car, race.start(),
                race.start().plus(Duration.ofMinutes(25)));
        assertThat(requests()).isEqualTo(3);
        assertThat(samples).isNotEmpty().allSatisfy(s -> {
            assertThat(s.driverNumber()).isEqualTo(car);
            assertThat(s.date()).isBetween(race.start(), race.start().plus(Duration.ofMinutes(25)));
        });
        assertThat(samples).extracting(OpenF1CarData::date).isSorted();
    }

    private OpenF1Session session(SyntheticSession s, SyntheticRound r) {
        return new OpenF1Session(s.key(), r.meetingKey(), s.openF1Name(), s.openF1Type(), s.start(), s.end(), null,
                null, null, null, null, null, YEAR, false);
    }
}
