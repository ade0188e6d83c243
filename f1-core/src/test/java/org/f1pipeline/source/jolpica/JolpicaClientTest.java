package org.f1pipeline.source.jolpica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.SeasonEntry;
import org.f1pipeline.fetch.CacheMode;
import org.f1pipeline.fetch.FetchRequest;
import org.f1pipeline.fetch.FetchException;
import org.f1pipeline.fetch.SourceFormatException;
import org.f1pipeline.source.jolpica.FakeJolpica.Row;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class JolpicaClientTest {

    private static final String BASE = "https://api.jolpi.ca/ergast/f1/";

    private static String[] drivers(String prefix, int n) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = prefix + "_" + (char) ('a' + i);
        }
        return out;
    }

    /** 25 rows of round 1 and 20 of round 2: with pages of 20, round 2 straddles pages 2 and 3. */
    private static FakeJolpica seasonResults() {
        List<Row> rows = new ArrayList<>(FakeJolpica.resultRows(JolpicaJson.race(2023, 1), drivers("one", 25)));
        rows.addAll(FakeJolpica.resultRows(JolpicaJson.race(2023, 2), drivers("two", 20)));
        return new FakeJolpica().serve("2023/results", "RaceTable", "Results", rows);
    }

    @Nested
    @DisplayName("paging")
    class Paging {

        @Test
        @DisplayName("season results follow offset until total, with limit and offset in every URL")
        void followsOffsets() {
            FakeJolpica server = seasonResults();
            JolpicaClient client = new JolpicaClient(server, JolpicaConfig.ofDefaults().withPageSize(20));
            List<ResultRow> rows = client.results(2023);
            assertThat(server.requestedUrls()).containsExactly(
                    BASE + "2023/results.json?limit=20&offset=0",
                    BASE + "2023/results.json?limit=20&offset=20",
                    BASE + "2023/results.json?limit=20&offset=40");
            assertThat(rows).hasSize(45);
            assertThat(rows.subList(25, 45)).allSatisfy(r ->
                    assertThat(r.result().race()).isEqualTo(RaceKey.of(2023, 2)));
            assertThat(rows.subList(25, 45)).extracting(r -> r.result().finishPosition())
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
        }

        @Test
        @DisplayName("the default page size of 100 fetches a 45-row season in one request")
        void oneRequest() {
            FakeJolpica server = seasonResults();
            assertThat(new JolpicaClient(server).results(2023)).hasSize(45);
            assertThat(server.requestedUrls()).containsExactly(BASE + "2023/results.json?limit=100&offset=0");
        }

        @Test
        @DisplayName("every request names the source, the endpoint and the end of the season as cache hint")
        void requestMetadata() {
            FakeJolpica server = seasonResults();
            new JolpicaClient(server).results(2023);
            FetchRequest request = server.requests().get(0);
            assertThat(request.source()).isEqualTo("jolpica");
            assertThat(request.endpoint()).isEqualTo("results");
            assertThat(request.sessionEnd()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
        }

        @Test
        @DisplayName("a race of 1055 lap rows takes 11 requests and a lap split between pages is whole again")
        void laps() {
            ObjectNode race = JolpicaJson.race(2023, 1);
            List<Row> rows = new ArrayList<>();
            for (int lap = 1; lap <= 53; lap++) {
                int cars = lap == 53 ? 15 : 20;
                for (int p = 1; p <= cars; p++) {
                    ObjectNode t = JolpicaJson.MAPPER.createObjectNode();
                    t.put("driverId", "d" + p).put("position", String.valueOf(p)).put("time", "1:3" + (p % 10)
                            + ".123");
                    rows.add(new Row(race, t, String.valueOf(lap)));
                }
            }
            FakeJolpica server = new FakeJolpica().serve("2023/1/laps", "RaceTable", "Laps", rows);
            Instant end = Instant.parse("2023-03-05T17:00:00Z");
            List<LapTime> laps = new JolpicaClient(server).laps(RaceKey.of(2023, 1), end);
            assertThat(server.requests()).hasSize(11).allSatisfy(r -> assertThat(r.sessionEnd()).isEqualTo(end));
            assertThat(laps).hasSize(1055);
            // Offset 100 falls inside lap 6: its 20 timings come from two pages.
            assertThat(laps).filteredOn(l -> l.lap() == 6).extracting(LapTime::position)
                    .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 20).boxed().toList());
            assertThat(laps.get(0).type()).isEqualTo(RaceType.GRAND_PRIX);
            assertThat(laps.get(0).lapTimeMs()).isEqualTo(91_123);
        }

        @Test
        @DisplayName("a server that clamps the limit lower than asked is paged by its effective limit")
        void clampedServer() {
            FakeJolpica server = seasonResults().maxLimit(30);
            assertThat(new JolpicaClient(server).results(2023)).hasSize(45);
            assertThat(server.requestedUrls()).containsExactly(
                    BASE + "2023/results.json?limit=100&offset=0",
                    BASE + "2023/results.json?limit=100&offset=30");
        }

        @Test
        @DisplayName("a total that changes between pages is re-read once with a cache refresh")
        void totalDriftOnce() {
            FakeJolpica server = seasonResults().driftTotal(1, 1);
            JolpicaClient client = new JolpicaClient(server, JolpicaConfig.ofDefaults().withPageSize(20));
            assertThat(client.results(2023)).hasSize(45);
            assertThat(server.requests()).extracting(FetchRequest::cacheMode).containsExactly(CacheMode.USE,
                    CacheMode.USE, CacheMode.REFRESH, CacheMode.REFRESH, CacheMode.REFRESH);
        }

        @Test
        @DisplayName("a total that keeps changing is a format error, not a silently partial list")
        void totalDrift() {
            FakeJolpica server = seasonResults().driftTotal(1, Integer.MAX_VALUE);
            JolpicaClient client = new JolpicaClient(server, JolpicaConfig.ofDefaults().withPageSize(20));
            assertThatThrownBy(() -> client.results(2023)).isInstanceOf(SourceFormatException.class)
                    .hasMessageContaining("offset=20").hasMessageContaining("total changed from 45 to 46");
            assertThat(server.requests()).hasSize(4);
        }

        @Test
        @DisplayName("pages that hold fewer rows than total are a format error")
        void missingRows() {
            FakeJolpica server = seasonResults().dropRows(3);
            JolpicaClient client = new JolpicaClient(server, JolpicaConfig.ofDefaults().withPageSize(20));
            assertThatThrownBy(() -> client.results(2023)).isInstanceOf(SourceFormatException.class)
                    .hasMessageContaining("pages held 42 rows but total says 45");
            assertThat(server.requests()).hasSize(6);
        }

        @Test
        @DisplayName("a query with no rows (a future round) is one request and an empty list")
        void empty() {
            FakeJolpica server = new FakeJolpica().serve("2030/3/results", "RaceTable", "Results", List.of());
            assertThat(new JolpicaClient(server).results(RaceKey.of(2030, 3))).isEmpty();
            assertThat(server.requests()).hasSize(1);
        }
    }

    @Test
    @DisplayName("rank-less sprint rows split over pages: the quickest lap is flagged once, on the merged race")
    void fastestAcrossPages() {
        ObjectNode race = JolpicaJson.race(2023, 4);
        List<Row> rows = FakeJolpica.resultRows(race, drivers("s", 6));
        for (int i = 0; i < rows.size(); i++) {
            ObjectNode fl = (ObjectNode) rows.get(i).row().get("FastestLap");
            fl.remove("rank");
            ((ObjectNode) fl.get("Time")).put("time", i == 4 ? "1:43.616" : "1:44." + (100 + i));
        }
        FakeJolpica server = new FakeJolpica().serve("2023/sprint", "RaceTable", "SprintResults", rows);
        List<ResultRow> result = new JolpicaClient(server, JolpicaConfig.ofDefaults().withPageSize(4))
                .sprintResults(2023);
        assertThat(server.requests()).hasSize(2);
        assertThat(result).filteredOn(r -> r.result().fastestLap()).singleElement()
                .satisfies(r -> assertThat(r.driver().id().value()).isEqualTo("s_e"));
        assertThat(result).allSatisfy(r -> assertThat(r.result().type()).isEqualTo(RaceType.SPRINT));
    }

    @Test
    @DisplayName("the entry list before the first race: constructors, then each team's drivers (1 + teams requests)")
    void entryList() {
        FakeJolpica server = new FakeJolpica()
                .serve("2026/constructors", "ConstructorTable", "Constructors", List.of(
                        new Row(null, JolpicaJson.constructor("team_a"), null),
                        new Row(null, JolpicaJson.constructor("team_b"), null)))
                .serve("2026/constructors/team_a/drivers", "DriverTable", "Drivers", List.of(
                        new Row(null, JolpicaJson.driver("alpha"), null),
                        new Row(null, JolpicaJson.driver("bravo"), null)))
                .serve("2026/constructors/team_b/drivers", "DriverTable", "Drivers", List.of(
                        new Row(null, JolpicaJson.driver("charlie"), null),
                        new Row(null, JolpicaJson.driver("alpha"), null)));
        SeasonRoster roster = new JolpicaClient(server).entryList(2026);
        assertThat(server.requests()).hasSize(3);
        assertThat(server.requests()).extracting(FetchRequest::endpoint)
                .containsExactly("constructors", "constructor-drivers", "constructor-drivers");
        assertThat(roster.entries()).extracting(e -> e.driver().value() + "@" + e.constructor().value())
                .containsExactly("alpha@team_a", "bravo@team_a", "charlie@team_b", "alpha@team_b");
        assertThat(roster.entries()).allSatisfy(e -> {
            assertThat(e.carNumber()).isNull();
            assertThat(e.firstRound()).isNull();
        });
        assertThat(roster.drivers()).extracting(d -> d.id().value()).containsExactly("alpha", "bravo", "charlie");
        assertThat(roster.constructors()).hasSize(2);
    }

    @Test
    @DisplayName("results give the exact entry list for free: one entry per driver and team, first round kept")
    void rosterFromResults() {
        FakeJolpica server = seasonResults();
        List<ResultRow> rows = new JolpicaClient(server).results(2023);
        SeasonRoster roster = SeasonRoster.fromRows(2023, rows);
        assertThat(roster.entries()).hasSize(45);
        assertThat(roster.entries().get(0)).isEqualTo(new SeasonEntry(2023,
                org.f1pipeline.domain.DriverId.of("one_a"), org.f1pipeline.domain.ConstructorId.of("team_0"), 2, 1));
    }

    @Test
    @DisplayName("a season outside 1950-2100 is refused before any request")
    void badSeason() {
        FakeJolpica server = new FakeJolpica();
        JolpicaClient client = new JolpicaClient(server);
        assertThatThrownBy(() -> client.results(1949)).isInstanceOf(InvalidInputException.class)
                .hasMessage("season must be between 1950 and 2100, was 1949");
        assertThatThrownBy(() -> client.schedule(2101)).isInstanceOf(InvalidInputException.class);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    @DisplayName("fetch-layer errors reach the caller unchanged")
    void fetchErrors() {
        JolpicaClient client = new JolpicaClient(new FakeJolpica());
        assertThatThrownBy(() -> client.pitStops(RaceKey.of(2023, 1))).isInstanceOf(FetchException.class)
                .hasMessageContaining("2023/1/pitstops.json");
    }

    @Test
    @DisplayName("a self-hosted base URL is used as given, without a double slash")
    void selfHosted() {
        List<String> urls = new ArrayList<>();
        FakeJolpica server = seasonResults();
        JolpicaClient client = new JolpicaClient(request -> {
            urls.add(request.uri().toString());
            return server.fetch(FetchRequest.of("jolpica", "results",
                    java.net.URI.create(request.uri().toString().replace("http://localhost:8000/ergast/f1/", BASE))));
        }, JolpicaConfig.ofDefaults().withBaseUrl("http://localhost:8000/ergast/f1/"));
        client.results(2023);
        assertThat(urls).containsExactly("http://localhost:8000/ergast/f1/2023/results.json?limit=100&offset=0");
    }

    @Test
    @DisplayName("the schedule is one request per season; the sprint format survives the trip")
    void schedule() {
        ObjectNode race = JolpicaJson.race(2024, 5);
        race.putObject("Sprint").put("date", "2024-07-01").put("time", "10:00:00Z");
        race.putObject("SprintQualifying").put("date", "2024-06-30").put("time", "14:00:00Z");
        FakeJolpica server = new FakeJolpica().serve("2024", "RaceTable", "Races",
                List.of(new Row(null, race, null)));
        List<ScheduledRace> races = new JolpicaClient(server).schedule(2024);
        assertThat(server.requestedUrls()).containsExactly(BASE + "2024.json?limit=100&offset=0");
        assertThat(server.requests().get(0).endpoint()).isEqualTo("schedule");
        assertThat(races).singleElement().satisfies(r -> {
            assertThat(r.race().format()).isEqualTo(EventFormat.SPRINT_QUALIFYING);
            assertThat(r.race().sessionStart(org.f1pipeline.domain.SessionType.SPRINT_QUALIFYING))
                    .contains(Instant.parse("2024-06-30T14:00:00Z"));
            assertThat(r.circuit().id().value()).isEqualTo("test_ring");
        });
    }
}
