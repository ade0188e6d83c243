package org.f1pipeline.standings;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.EventFormat;
import org.f1pipeline.domain.Race;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceStatus;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.domain.Season;
import org.f1pipeline.standings.internal.StandingsSync;
import org.f1pipeline.storage.Storage;
import org.f1pipeline.storage.Storages;
import org.f1pipeline.testkit.history.ErgastHistory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The standings computed from the real 1950-2013 record ({@code ../shared/realdata/history}) against the official
 * record: every champion, final tables checked by hand, and the real Jolpica table after round 14 of 1980.
 * Skips with a message when the folder is absent.
 */
class RealHistoryStandingsTest {

    /** The drivers' champions 1950-2013, as the official record has them (Jolpica's ids). */
    private static final String[] DRIVER_CHAMPIONS = {"farina", "fangio", "ascari", "ascari", "fangio", "fangio",
        "fangio", "fangio", "hawthorn", "jack_brabham", "jack_brabham", "phil_hill", "hill", "clark", "surtees",
        "clark", "jack_brabham", "hulme", "hill", "stewart", "rindt", "stewart", "emerson_fittipaldi", "stewart",
        "emerson_fittipaldi", "lauda", "hunt", "lauda", "mario_andretti", "scheckter", "jones", "piquet",
        "keke_rosberg", "piquet", "lauda", "prost", "prost", "piquet", "senna", "prost", "senna", "senna",
        "mansell", "prost", "michael_schumacher", "michael_schumacher", "damon_hill", "villeneuve", "hakkinen",
        "hakkinen", "michael_schumacher", "michael_schumacher", "michael_schumacher", "michael_schumacher",
        "michael_schumacher", "alonso", "alonso", "raikkonen", "hamilton", "button", "vettel", "vettel", "vettel",
        "vettel"};

    /** The constructors' champions 1958-2013 (Jolpica's ids: the chassis-engine pairs of the 1950s-60s). */
    private static final String[] CONSTRUCTOR_CHAMPIONS = {"vanwall", "cooper-climax", "cooper-climax", "ferrari",
        "brm", "lotus-climax", "ferrari", "lotus-climax", "brabham-repco", "brabham-repco", "lotus-ford",
        "matra-ford", "team_lotus", "tyrrell", "team_lotus", "team_lotus", "mclaren", "ferrari", "ferrari",
        "ferrari", "team_lotus", "ferrari", "williams", "williams", "ferrari", "ferrari", "mclaren", "mclaren",
        "williams", "williams", "mclaren", "mclaren", "mclaren", "mclaren", "williams", "williams", "williams",
        "benetton", "williams", "williams", "mclaren", "ferrari", "ferrari", "ferrari", "ferrari", "ferrari",
        "ferrari", "renault", "renault", "ferrari", "ferrari", "brawn", "red_bull", "red_bull", "red_bull",
        "red_bull"};

    private static ErgastHistory history;
    private static final Map<Integer, Map<Integer, Map<StandingsKind, List<Standing>>>> TABLES = new LinkedHashMap<>();

    @BeforeAll
    static void compute() {
        history = ErgastHistory.load(ErgastHistory.locateOrSkip());
        for (int year = 1950; year <= 2013; year++) {
            TABLES.put(year, HistoryRounds.tables(history, year));
        }
    }

    private static List<Standing> finalTable(int year, StandingsKind kind) {
        Map<Integer, Map<StandingsKind, List<Standing>>> season = TABLES.get(year);
        int last = season.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        return season.get(last).get(kind);
    }

    private static List<String> top(int year, StandingsKind kind, int n) {
        List<String> out = new ArrayList<>();
        for (Standing s : finalTable(year, kind).subList(0, n)) {
            String id = s.driver() != null ? s.driver().value() : s.constructor().value();
            double p = s.points();
            out.add(id + " " + (p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p)));
        }
        return out;
    }

    @Test
    @DisplayName("all 64 drivers' champions 1950-2013 are right")
    void driversChampions() {
        List<String> computed = new ArrayList<>();
        for (int year = 1950; year <= 2013; year++) {
            computed.add(year + " " + finalTable(year, StandingsKind.DRIVERS).get(0).driver().value());
        }
        List<String> official = new ArrayList<>();
        for (int i = 0; i < DRIVER_CHAMPIONS.length; i++) {
            official.add((1950 + i) + " " + DRIVER_CHAMPIONS[i]);
        }
        assertThat(computed).hasSize(64).containsExactlyElementsOf(official);
    }

    @Test
    @DisplayName("all 56 constructors' champions 1958-2013 are right (McLaren 2007 excluded, Ferrari champion)")
    void constructorsChampions() {
        List<String> computed = new ArrayList<>();
        for (int year = 1958; year <= 2013; year++) {
            computed.add(year + " " + finalTable(year, StandingsKind.CONSTRUCTORS).get(0).constructor().value());
        }
        List<String> official = new ArrayList<>();
        for (int i = 0; i < CONSTRUCTOR_CHAMPIONS.length; i++) {
            official.add((1958 + i) + " " + CONSTRUCTOR_CHAMPIONS[i]);
        }
        assertThat(computed).hasSize(56).containsExactlyElementsOf(official);
        assertThat(finalTable(1957, StandingsKind.CONSTRUCTORS)).isEmpty();
    }

    @Test
    @DisplayName("final tables as the official record has them: dropped scores, fractions, best car, exclusions")
    void finalTables() {
        // 1954: best 5 of 9, shared fastest laps in sevenths; 1956: a shared car's points, best-placed car only.
        assertThat(top(1954, StandingsKind.DRIVERS, 3)).containsExactly("fangio 42", "gonzalez 25.14",
                "hawthorn 24.64");
        assertThat(top(1956, StandingsKind.DRIVERS, 3)).containsExactly("fangio 30", "moss 27", "collins 25");
        // 1958: constructors' best car only, best 6, no fastest-lap point, the Indianapolis 500 left out.
        assertThat(top(1958, StandingsKind.CONSTRUCTORS, 6)).containsExactly("vanwall 48", "ferrari 40", "cooper 31",
                "brm 18", "maserati 6", "team_lotus 3");
        // 1961: 8 points for a constructor's win (the drivers got 9).
        assertThat(top(1961, StandingsKind.CONSTRUCTORS, 5)).containsExactly("ferrari 40", "lotus-climax 32",
                "porsche 22", "cooper-climax 14", "brm 7");
        assertThat(top(1964, StandingsKind.DRIVERS, 3)).containsExactly("surtees 40", "hill 39", "clark 32");
        assertThat(top(1976, StandingsKind.DRIVERS, 2)).containsExactly("hunt 69", "lauda 68");
        assertThat(top(1979, StandingsKind.DRIVERS, 3)).containsExactly("scheckter 51", "gilles_villeneuve 47",
                "jones 40");
        assertThat(top(1988, StandingsKind.DRIVERS, 2)).containsExactly("senna 90", "prost 87");
        assertThat(top(1995, StandingsKind.CONSTRUCTORS, 2)).containsExactly("benetton 137", "williams 112");
        List<Standing> drivers97 = finalTable(1997, StandingsKind.DRIVERS);
        assertThat(top(1997, StandingsKind.DRIVERS, 2)).containsExactly("villeneuve 81", "frentzen 42");
        Standing schumacher = drivers97.get(drivers97.size() - 1);
        assertThat(schumacher.driver().value()).isEqualTo("michael_schumacher");
        assertThat(schumacher.positionText()).isEqualTo("D");
        assertThat(schumacher.points()).isEqualTo(78.0);
        List<Standing> teams07 = finalTable(2007, StandingsKind.CONSTRUCTORS);
        assertThat(top(2007, StandingsKind.CONSTRUCTORS, 2)).containsExactly("ferrari 204", "bmw_sauber 101");
        assertThat(teams07.get(teams07.size() - 1)).satisfies(s -> {
            assertThat(s.constructor().value()).isEqualTo("mclaren");
            assertThat(s.positionText()).isEqualTo("E");
            assertThat(s.position()).isEqualTo(11);
            assertThat(s.points()).isEqualTo(218.0);
        });
        assertThat(top(2007, StandingsKind.DRIVERS, 3)).containsExactly("raikkonen 110", "hamilton 109",
                "alonso 109");
    }

    @Test
    @DisplayName("the drivers' table after round 14 of 1980 equals Jolpica's recorded table, line by line")
    void jolpica1980() throws IOException {
        Path file = ErgastHistory.locateOrSkip().getParent().resolve("jolpica/ergast_responses/driverstandings/"
                + "1980@14@driverstandings.json^limit=21");
        JsonNode root = new ObjectMapper().readTree(Files.readString(file));
        JsonNode list = root.at("/MRData/StandingsTable/StandingsLists/0/DriverStandings");
        List<String> recorded = new ArrayList<>();
        for (JsonNode s : list) {
            recorded.add(s.get("position").asText() + " " + s.at("/Driver/driverId").asText() + " "
                    + s.get("points").asText() + " " + s.get("wins").asText());
        }
        List<String> computed = new ArrayList<>();
        for (Standing s : TABLES.get(1980).get(14).get(StandingsKind.DRIVERS).subList(0, recorded.size())) {
            computed.add(s.position() + " " + s.driver().value() + " " + (long) s.points() + " " + s.wins());
        }
        assertThat(recorded).hasSize(21).startsWith("1 jones 67 5"); // Jones scored 71: dropped-score season
        assertThat(computed).containsExactlyElementsOf(recorded);
        assertThat(root.at("/MRData/total").asInt()).isEqualTo(34);
    }

    @Test
    @DisplayName("through a storage: results written race by race, tables refreshed as the ingest does, same tables")
    void throughStorage() {
        int year = 1954; // Indianapolis relief drivers: many shared drives, fractions of a fastest-lap point
        try (Storage storage = Storages.inMemory()) {
            storage.useTransaction(tx -> {
                tx.catalog().upsertSeasons(List.of(new Season(year, null)));
                List<Circuit> circuits = new ArrayList<>();
                List<Race> races = new ArrayList<>();
                for (ErgastHistory.Race r : history.races(year)) {
                    ErgastHistory.Circuit c = history.circuit(r.circuitId());
                    circuits.add(new Circuit(CircuitId.of(c.ref()), c.name(), c.location(), c.country(), null, null,
                            null, null));
                    races.add(new Race(RaceKey.of(year, r.round()), r.name(), CircuitId.of(c.ref()), r.date(),
                            EventFormat.CONVENTIONAL, Map.of(), RaceStatus.COMPLETED));
                }
                tx.catalog().upsertCircuits(circuits);
                tx.catalog().upsertConstructors(history.constructors().stream().map(c -> new Constructor(
                        ConstructorId.of(c.ref()), c.name(), c.nationality())).toList());
                tx.catalog().upsertDrivers(history.drivers().stream().map(d -> new Driver(DriverId.of(d.ref()),
                        null, null, d.forename(), d.surname(), dob(d.dateOfBirth()), d.nationality())).toList());
                tx.races().upsertRaces(races);
            });
            for (HistoryRounds.Round r : HistoryRounds.season(history, year)) {
                RaceKey key = RaceKey.of(year, r.round());
                List<RaceResult> published = new ArrayList<>(r.results());
                published.addAll(r.otherCars());
                storage.useTransaction(tx -> {
                    tx.results().replaceRaceResults(key, RaceType.GRAND_PRIX, r.results());
                    StandingsSync.afterResults(tx, key, RaceType.GRAND_PRIX, published, r.results());
                });
            }
            assertThat(storage.standings().sharedDrives(year)).isNotEmpty();
            TABLES.get(year).forEach((round, byKind) -> assertThat(storage.standings().after(year, round,
                    StandingsKind.DRIVERS)).as("after round " + round).containsExactlyElementsOf(byKind.get(
                    StandingsKind.DRIVERS)));
            assertThat(storage.standings().lastRound(year)).hasValue(9);
        }
    }

    private static LocalDate dob(String text) {
        return Optional.ofNullable(text).filter(t -> !t.isBlank()).map(LocalDate::parse).orElse(null);
    }
}
