package org.f1pipeline.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.f1pipeline.F1Pipeline;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.PipelineConfig;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.LapTime;
import org.f1pipeline.domain.PitStop;
import org.f1pipeline.domain.QualifyingResult;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.SessionType;
import org.f1pipeline.fetch.CacheConfig;
import org.f1pipeline.fetch.FetchConfig;
import org.f1pipeline.fetch.FetchResponse;
import org.f1pipeline.fetch.Fetcher;
import org.f1pipeline.fetch.SourceConfig;
import org.f1pipeline.standings.Standing;
import org.f1pipeline.standings.StandingsKind;
import org.f1pipeline.storage.InputKind;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BootstrapTest {

    private static final RaceKey AUS = RaceKey.of(2012, 1);
    private static final String HOST = "http://jolpica.test";

    @TempDir
    Path dir;

    private final Storage storage = Storages.inMemory();
    private final List<URI> requested = new ArrayList<>();

    private F1Pipeline pipeline(Fetcher fetcher) {
        FetchConfig fetch = FetchConfig.builder().baseUrl(SourceConfig.JOLPICA, URI.create(HOST + "/ergast/f1/"))
                .cache(CacheConfig.at(dir.resolve("cache"))).build();
        return F1Pipeline.builder().storage(storage).fetcher(fetcher)
                .clock(Clock.fixed(Instant.parse("2025-01-10T00:00:00Z"), ZoneOffset.UTC))
                .config(PipelineConfig.ofDefaults().toBuilder().fetch(fetch).build()).build();
    }

    private Path zipFile() throws IOException {
        Path zip = dir.resolve("dump.zip");
        Files.write(zip, DumpZip.season2012().bytes());
        return zip;
    }

    private static final Fetcher NO_NETWORK = r -> {
        throw new AssertionError("no request expected, got " + r.uri());
    };

    @Test
    @DisplayName("a local dump becomes the season: schedule, results with status codes, Q1-Q3, laps with pits,"
            + " pit stops, entries, standings, input versions; a second run writes nothing")
    void localDump() throws IOException {
        F1Pipeline p = pipeline(NO_NETWORK);
        BootstrapReport r = p.bootstrap(BootstrapOptions.builder().dumpFile(zipFile()).build());
        assertThat(r.requests()).isZero();
        assertThat(r.seasonsWritten()).isEqualTo(1);
        assertThat(r.races()).isEqualTo(1);
        assertThat(r.results()).isEqualTo(4);
        assertThat(r.qualifying()).isEqualTo(4);
        assertThat(r.laps()).isEqualTo(9);
        assertThat(r.pitStops()).isEqualTo(2);
        assertThat(r.skipped()).isEmpty();

        List<Race> races = storage.races().races(2012);
        assertThat(races).extracting(Race::name).containsExactly("Australian Grand Prix", "Malaysian Grand Prix");
        assertThat(races.get(0).status()).isEqualTo(RaceStatus.COMPLETED);
        assertThat(races.get(1).status()).isEqualTo(RaceStatus.SCHEDULED);
        assertThat(races.get(0).sessionStarts()).containsEntry(SessionType.RACE,
                Instant.parse("2012-03-18T06:00:00Z")).containsEntry(SessionType.QUALIFYING,
                Instant.parse("2012-03-17T06:00:00Z")).containsEntry(SessionType.FP1,
                Instant.parse("2012-03-16T01:30:00Z")).doesNotContainKey(SessionType.FP2);
        assertThat(races.get(1).sessionStarts()).isEmpty(); // date only: no midnight guess

        Map<String, RaceResult> res = new java.util.HashMap<>();
        storage.results().raceResults(AUS, RaceType.GRAND_PRIX).forEach(x -> res.put(x.driver().value(), x));
        RaceResult but = res.get("button");
        assertThat(but.positionText()).isEqualTo("1");
        assertThat(but.points()).isEqualTo(25.0);
        assertThat(but.grid()).isEqualTo(2);
        assertThat(but.totalTimeMs()).isEqualTo(5_649_565L);
        assertThat(but.fastestLap()).isTrue();
        assertThat(but.carNumber()).isEqualTo(3);
        RaceResult ham = res.get("hamilton");
        assertThat(ham.positionText()).isEqualTo("R");
        assertThat(ham.finishPosition()).isNull();
        assertThat(ham.status()).isEqualTo("Engine");
        assertThat(ham.points()).isZero();
        assertThat(ham.positionOrder()).isEqualTo(4);
        assertThat(ham.totalTimeMs()).isNull();
        RaceResult gro = res.get("grosjean");
        assertThat(gro.positionText()).isEqualTo("D");
        assertThat(gro.status()).isEqualTo("Disqualified");
        assertThat(gro.positionOrder()).isEqualTo(3);
        assertThat(gro.totalTimeMs()).isEqualTo(5_655_000L);

        List<QualifyingResult> q = storage.results().qualifying(AUS);
        assertThat(q).extracting(x -> x.driver().value()).containsExactlyInAnyOrder("vettel", "button",
                "hamilton", "grosjean");
        QualifyingResult vet = q.stream().filter(x -> x.driver().value().equals("vettel")).findFirst().orElseThrow();
        assertThat(vet.position()).isEqualTo(1);
        assertThat(List.of(vet.q1Ms(), vet.q2Ms(), vet.q3Ms())).containsExactly(86_200, 85_600, 84_900);
        QualifyingResult gq = q.stream().filter(x -> x.driver().value().equals("grosjean")).findFirst()
                .orElseThrow();
        assertThat(gq.position()).isEqualTo(4);
        assertThat(gq.q1Ms()).isEqualTo(88_500);
        assertThat(gq.q2Ms()).isNull();

        List<LapTime> laps = storage.laps().laps(AUS, RaceType.GRAND_PRIX);
        assertThat(laps).hasSize(9);
        LapTime in = laps.stream().filter(l -> l.driver().value().equals("button") && l.lap() == 2).findFirst()
                .orElseThrow();
        assertThat(in.pitIn()).isTrue();
        assertThat(in.lapTimeMs()).isEqualTo(91_200);
        assertThat(laps.stream().filter(l -> l.driver().value().equals("button") && l.lap() == 3)
                .findFirst().orElseThrow().pitOut()).isTrue();

        List<PitStop> stops = storage.pitStops().pitStops(AUS);
        assertThat(stops).hasSize(2);
        PitStop b = stops.stream().filter(s -> s.driver().value().equals("button")).findFirst().orElseThrow();
        assertThat(b.durationMs()).isEqualTo(24_563);
        assertThat(b.lap()).isEqualTo(2);
        assertThat(b.timeOfDay()).isEqualTo(LocalTime.of(17, 25, 36));
        // Jolpica's API prints a whole-second duration as an empty string; the dump has the interval itself.
        assertThat(stops.stream().filter(s -> s.driver().value().equals("vettel")).findFirst().orElseThrow()
                .durationMs()).isEqualTo(23_000);

        assertThat(storage.catalog().seasonEntries(2012)).hasSize(4);
        assertThat(storage.catalog().driver(DriverId.of("grosjean")).orElseThrow().givenName())
                .isEqualTo("Romain, \"Jr\"");
        assertThat(storage.catalog().driver(DriverId.of("grosjean")).orElseThrow().code()).isNull();
        List<Standing> table = p.standings(2012, StandingsKind.DRIVERS);
        assertThat(table.get(0).driver().value()).isEqualTo("button");
        assertThat(table.get(0).points()).isEqualTo(25.0);
        assertThat(storage.inputs().inputVersions(2012, 2012)).extracting(v -> v.kind())
                .contains(InputKind.RESULTS, InputKind.QUALIFYING, InputKind.LAPS);

        BootstrapReport again = p.bootstrap(BootstrapOptions.builder().dumpFile(zipFile()).build());
        assertThat(again.nothingWritten()).isTrue();
        assertThat(again.races()).isZero();
    }

    @Test
    @DisplayName("--until stops before the dump's seasons; a missing file is bad input")
    void untilAndMissingFile() throws IOException {
        F1Pipeline p = pipeline(NO_NETWORK);
        BootstrapReport r = p.bootstrap(BootstrapOptions.builder().dumpFile(zipFile()).until(2011).build());
        assertThat(r.seasons()).isEmpty();
        assertThat(storage.races().races(2012)).isEmpty();
        assertThatThrownBy(() -> p.bootstrap(BootstrapOptions.builder().dumpFile(dir.resolve("nope.zip")).build()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("nope.zip");
    }

    @Test
    @DisplayName("listed dump: listing, download, one redirect = 3 requests; a rerun uses the cached zip (1 request)")
    void listedDump() {
        byte[] zip = DumpZip.season2012().bytes();
        F1Pipeline p = pipeline(server(zip, sha256(zip)));
        BootstrapReport r = p.bootstrap(BootstrapOptions.ofDefaults());
        assertThat(r.requests()).isEqualTo(3);
        assertThat(r.cached()).isFalse();
        assertThat(r.sha256()).isEqualTo(sha256(zip));
        assertThat(requested).extracting(URI::toString).containsExactly(HOST + "/data/dumps/download/",
                HOST + "/data/dumps/download/delayed/?dump_type=csv", "http://objects.test/csv_dump.zip?sig=1");
        assertThat(r.races()).isEqualTo(1);
        assertThat(dir.resolve("cache/dumps/jolpica-csv-" + sha256(zip) + ".zip")).exists();

        requested.clear();
        BootstrapReport again = p.bootstrap(BootstrapOptions.ofDefaults());
        assertThat(again.requests()).isEqualTo(1);
        assertThat(again.cached()).isTrue();
        assertThat(again.nothingWritten()).isTrue();
    }

    @Test
    @DisplayName("a download whose SHA-256 is not the listing's: clear error, nothing written, nothing cached")
    void hashMismatch() {
        byte[] zip = DumpZip.season2012().bytes();
        String wrong = sha256("something else".getBytes(StandardCharsets.UTF_8));
        F1Pipeline p = pipeline(server(zip, wrong));
        assertThatThrownBy(() -> p.bootstrap(BootstrapOptions.ofDefaults()))
                .isInstanceOfSatisfying(DumpHashMismatchException.class, e -> {
                    assertThat(e.expected()).isEqualTo(wrong);
                    assertThat(e.actual()).isEqualTo(sha256(zip));
                    assertThat(e.getMessage()).contains(wrong).contains(sha256(zip));
                });
        assertThat(storage.catalog().seasons()).isEmpty();
        assertThat(dir.resolve("cache/dumps")).doesNotExist();
    }

    @Test
    @DisplayName("a file that is not a zip is a DumpException naming it")
    void notAZip() throws IOException {
        Path bad = dir.resolve("bad.zip");
        Files.writeString(bad, "hello");
        assertThatThrownBy(() -> pipeline(NO_NETWORK).bootstrap(BootstrapOptions.builder().dumpFile(bad).build()))
                .isInstanceOf(DumpException.class).hasMessageContaining("bad.zip").hasMessageContaining("zip");
    }

    /** Listing, a 302 to an object store, the zip. */
    private Fetcher server(byte[] zip, String listedHash) {
        return request -> {
            URI uri = request.uri();
            requested.add(uri);
            String u = uri.toString();
            if (u.equals(HOST + "/data/dumps/download/")) {
                String json = "{\"available_types\":[\"csv\"],\"delayed_dumps\":{\"csv\":{\"dump_type\":\"csv\","
                        + "\"file_hash\":\"" + listedHash + "\",\"file_size\":" + zip.length + ",\"uploaded_at\":"
                        + "\"2025-01-01T03:00:00.123456Z\",\"download_url\":\"" + HOST
                        + "/data/dumps/download/delayed/?dump_type=csv\"}},\"delay_days\":14}";
                return response(uri, 200, Map.of(), json.getBytes(StandardCharsets.UTF_8));
            }
            if (u.equals(HOST + "/data/dumps/download/delayed/?dump_type=csv")) {
                return response(uri, 302, Map.of("Location", List.of("http://objects.test/csv_dump.zip?sig=1")),
                        new byte[0]);
            }
            if (u.equals("http://objects.test/csv_dump.zip?sig=1")) {
                return response(uri, 200, Map.of(), zip);
            }
            throw new AssertionError("unexpected " + u);
        };
    }

    private static FetchResponse response(URI uri, int status, Map<String, List<String>> headers, byte[] body) {
        return new FetchResponse(uri, status, headers, body, body.length, Duration.ZERO, false, 1);
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
