package org.f1pipeline.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fake Jolpica's responses have the same structure as real recorded ones (jolpica-f1 test fixtures):
 * same envelope keys, same field names at each path, same value kinds (all strings; lap-time format etc.).
 */
class JolpicaConformanceTest {
    private static FakeF1Api fake;

    @BeforeAll
    static void start() {
        fake = FakeF1Api.start(FakeF1Options.ofDefaults());
    }

    @AfterAll
    static void stop() {
        fake.close();
    }

    /** realdata file, fake path, paths the fake may lack (prefix), paths the fake may add (prefix). */
    static Stream<Arguments> pairs() {
        String race = ".MRData.RaceTable.Races[]";
        Set<String> optionalRace = Set.of(race + ".Results[].Time", race + ".Results[].FastestLap",
                race + ".SprintResults[].Time", race + ".SprintResults[].FastestLap");
        return Stream.of(
            Arguments.of("results/2023@results.json", "/2023/results.json", optionalRace, Set.of()),
            Arguments.of("results/2023@9@results.json", "/2023/9/results.json", optionalRace, Set.of()),
            Arguments.of("sprint/2023@sprint.json", "/2023/sprint.json", optionalRace, Set.of()),
            Arguments.of("qualifying/2023@qualifying.json", "/2023/qualifying.json",
                    Set.of(race + ".QualifyingResults[].Q2", race + ".QualifyingResults[].Q3"), Set.of()),
            Arguments.of("qualifying/2023@13@qualifying.json", "/2023/13/qualifying.json",
                    Set.of(race + ".QualifyingResults[].Q3"), Set.of(race + ".QualifyingResults[].Q3")),
            Arguments.of("laps/2023@1@laps.json", "/2023/1/laps.json", Set.of(), Set.of()),
            Arguments.of("laps/2023@18@laps.json^offset=45", "/2023/18/laps.json?offset=45", Set.of(), Set.of()),
            Arguments.of("pitstops/2023@18@pitstops.json", "/2023/18/pitstops.json", Set.of(), Set.of()),
            // Ergast's own schedule lacked SprintShootout (it mislabelled it SecondPractice), Jolpica adds it.
            Arguments.of("races/2023.json", "/2023.json", Set.of(race + ".ThirdPractice", race + ".SecondPractice"),
                    Set.of(race + ".SprintShootout")),
            Arguments.of("races/2023@7@races.json", "/2023/7/races.json", Set.of(), Set.of()),
            Arguments.of("drivers/2023@drivers.json", "/2023/drivers.json", Set.of(), Set.of()),
            Arguments.of("drivers/2023@1@drivers.json", "/2023/1/drivers.json", Set.of(), Set.of()),
            Arguments.of("constructors/2023@constructors.json", "/2023/constructors.json", Set.of(), Set.of()),
            Arguments.of("circuits/2023@circuits.json", "/2023/circuits.json", Set.of(), Set.of()),
            Arguments.of("circuits/2023@10@circuits.json", "/2023/10/circuits.json", Set.of(), Set.of()),
            Arguments.of("seasons/2023@seasons.json", "/2023/seasons.json", Set.of(), Set.of()),
            Arguments.of("status/2023@status.json", "/2023/status.json", Set.of(), Set.of()),
            Arguments.of("status/2023@17@status.json", "/2023/17/status.json", Set.of(), Set.of()),
            // Jolpica adds the latest round to StandingsTable (data-sources §1.5); the older fixture lacks it.
            Arguments.of("driverstandings/2023@driverstandings.json", "/2023/driverstandings.json", Set.of(),
                    Set.of(".MRData.StandingsTable.round")),
            Arguments.of("driverstandings/2023@5@driverstandings.json", "/2023/5/driverstandings.json", Set.of(),
                    Set.of()),
            Arguments.of("constructorstandings/2023@constructorstandings.json", "/2023/constructorstandings.json",
                    Set.of(), Set.of(".MRData.StandingsTable.round")),
            Arguments.of("results/2023@99@results.json", "/2023/99/results.json", Set.of(), Set.of()),
            Arguments.of("qualifying/2023@99@qualifying.json", "/2023/99/qualifying.json", Set.of(), Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void fakeResponseHasTheRealShape(String realFile, String fakePath, Set<String> mayLack, Set<String> mayAdd)
            throws IOException {
        JsonNode real = Http.parse(Files.readString(RealData.file("jolpica/ergast_responses/" + realFile)));
        JsonNode fakeJson = Http.json(fake.jolpicaBaseUrl() + fakePath);

        List<String> realEnvelope = new ArrayList<>();
        real.get("MRData").fieldNames().forEachRemaining(realEnvelope::add);
        List<String> fakeEnvelope = new ArrayList<>();
        fakeJson.get("MRData").fieldNames().forEachRemaining(fakeEnvelope::add);
        assertThat(fakeEnvelope).as("envelope keys").containsExactlyElementsOf(realEnvelope);

        JsonShape realShape = JsonShape.of(real);
        JsonShape fakeShape = JsonShape.of(fakeJson);
        List<String> extra = JsonShape.diff(realShape, fakeShape, true, union(mayAdd, ".MRData.xmlns"));
        List<String> missing = JsonShape.diff(fakeShape, realShape, true, union(mayLack, ".MRData.xmlns"));
        assertThat(extra).as("fake paths/kinds not in the real recording").isEmpty();
        assertThat(missing).as("real paths/kinds the fake lacks").isEmpty();
    }

    private static Set<String> union(Set<String> a, String b) {
        Set<String> s = new java.util.HashSet<>(a);
        s.add(b);
        return s;
    }
}
