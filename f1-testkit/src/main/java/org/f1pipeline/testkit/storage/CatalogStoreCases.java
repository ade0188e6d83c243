package org.f1pipeline.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN;
import static org.f1pipeline.testkit.storage.StorageFixtures.BEARMAN;
import static org.f1pipeline.testkit.storage.StorageFixtures.FERRARI;
import static org.f1pipeline.testkit.storage.StorageFixtures.HAAS;
import static org.f1pipeline.testkit.storage.StorageFixtures.MONACO;
import static org.f1pipeline.testkit.storage.StorageFixtures.PREVIOUS_YEAR;
import static org.f1pipeline.testkit.storage.StorageFixtures.VERSTAPPEN;
import static org.f1pipeline.testkit.storage.StorageFixtures.YEAR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.domain.Circuit;
import org.f1pipeline.domain.CircuitId;
import org.f1pipeline.domain.Constructor;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.Driver;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.Season;
import org.f1pipeline.domain.SeasonEntry;
import org.f1pipeline.storage.CatalogStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Contract of {@link CatalogStore}. */
abstract class CatalogStoreCases extends ContractSupport {

    private CatalogStore catalog() {
        return storage().catalog();
    }

    @Test
    @DisplayName("upserting the same seasons twice keeps one row per year, listed by year")
    void seasonsAreUpsertedByYear() {
        List<Season> seasons = List.of(Season.of(2024), new Season(1950, "https://en.wikipedia.org/wiki/1950"));
        catalog().upsertSeasons(seasons);
        catalog().upsertSeasons(seasons);
        catalog().upsertSeasons(List.of(new Season(2024, "https://en.wikipedia.org/wiki/2024")));

        assertThat(catalog().seasons()).containsExactly(new Season(1950, "https://en.wikipedia.org/wiki/1950"),
                new Season(2024, "https://en.wikipedia.org/wiki/2024"));
        assertThat(catalog().season(2024)).contains(new Season(2024, "https://en.wikipedia.org/wiki/2024"));
        assertThat(catalog().season(1999)).isEmpty();
    }

    @Test
    @DisplayName("circuits, constructors and drivers read back equal, listed by id")
    void catalogRoundTrips() {
        seedCatalog();
        seedCatalog();

        assertThat(catalog().circuits()).extracting(c -> c.id().value()).containsExactly("albert_park", "bahrain",
                "jeddah", "miami", "monaco", "shanghai", "suzuka");
        assertThat(catalog().circuits()).containsExactlyInAnyOrderElementsOf(StorageFixtures.circuits());
        assertThat(catalog().constructors()).extracting(c -> c.id().value()).containsExactly("alpine",
                "aston_martin", "ferrari", "haas", "mclaren", "mercedes", "rb", "red_bull", "sauber", "williams");
        assertThat(catalog().constructors()).containsExactlyInAnyOrderElementsOf(StorageFixtures.constructors());
        assertThat(catalog().drivers()).hasSize(21).isSortedAccordingTo((a, b) -> a.id().compareTo(b.id()))
                .containsExactlyInAnyOrderElementsOf(StorageFixtures.drivers());
        assertThat(catalog().driver(VERSTAPPEN)).get().extracting(Driver::code, Driver::dateOfBirth)
                .containsExactly("VER", LocalDate.of(1997, 9, 30));
        assertThat(catalog().driver(DriverId.of("senna"))).isEmpty();
        assertThat(catalog().constructor(ConstructorId.of("brabham"))).isEmpty();
        assertThat(catalog().circuit(CircuitId.of("imola"))).isEmpty();
    }

    @Test
    @DisplayName("a driver, a team and a circuit with every optional field null read back equal")
    void nullableCatalogFieldsRoundTrip() {
        Driver legacy = new Driver(DriverId.of("farina"), null, null, null, "Farina", null, null);
        Constructor team = new Constructor(ConstructorId.of("alfa"), "Alfa Romeo", null);
        Circuit circuit = new Circuit(CircuitId.of("silverstone"), "Silverstone Circuit", null, null, null, null,
                null, null);
        catalog().upsertDrivers(List.of(legacy));
        catalog().upsertConstructors(List.of(team));
        catalog().upsertCircuits(List.of(circuit));

        assertThat(catalog().driver(legacy.id())).contains(legacy);
        assertThat(catalog().constructor(team.id())).contains(team);
        assertThat(catalog().circuit(circuit.id())).contains(circuit);
    }

    @Test
    @DisplayName("a schedule sync without rates keeps the stored overtake rate and safety-car probability")
    void nullRatesKeepStoredRates() {
        seedCatalog();
        Circuit synced = new Circuit(MONACO, "Circuit de Monaco (new layout)", "Monte Carlo", "Monaco", 43.7347,
                7.42056, null, null);
        catalog().upsertCircuits(List.of(synced));

        Circuit stored = catalog().circuit(MONACO).orElseThrow();
        assertThat(stored.name()).isEqualTo("Circuit de Monaco (new layout)");
        assertThat(stored.locality()).isEqualTo("Monte Carlo");
        assertThat(stored.overtakeRate()).isEqualTo(0.05);
        assertThat(stored.safetyCarProbability()).isEqualTo(0.45);
    }

    @Test
    @DisplayName("rates given in an upsert overwrite the stored rates, one column at a time")
    void givenRatesOverwrite() {
        seedCatalog();
        Circuit bahrain = catalog().circuit(BAHRAIN).orElseThrow();
        catalog().upsertCircuits(List.of(bahrain.withOvertakeRate(null).withSafetyCarProbability(0.4)));

        Circuit stored = catalog().circuit(BAHRAIN).orElseThrow();
        assertThat(stored.overtakeRate()).isEqualTo(0.65);
        assertThat(stored.safetyCarProbability()).isEqualTo(0.4);
    }

    @Test
    @DisplayName("a driver who changes team has one entry per team, listed by driver then team")
    void midSeasonSwapGivesTwoEntries() {
        seedCatalog();
        SeasonEntry haas = new SeasonEntry(YEAR, BEARMAN, HAAS, 50, 17);
        catalog().upsertSeasonEntries(List.of(haas));
        catalog().upsertSeasonEntries(List.of(haas));

        List<SeasonEntry> entries = catalog().seasonEntries(YEAR);
        assertThat(entries).hasSize(22);
        assertThat(entries).filteredOn(e -> e.driver().equals(BEARMAN))
                .containsExactly(new SeasonEntry(YEAR, BEARMAN, FERRARI, 38, 2), haas);
        assertThat(entries).isSortedAccordingTo((a, b) -> a.driver().equals(b.driver())
                ? a.constructor().compareTo(b.constructor()) : a.driver().compareTo(b.driver()));
        assertThat(catalog().seasonEntries(PREVIOUS_YEAR)).hasSize(20);
        assertThat(catalog().seasonEntries(1999)).isEmpty();
    }

    @Test
    @DisplayName("re-upserting an entry updates its car number and first round in place")
    void entryUpsertUpdatesInPlace() {
        seedCatalog();
        catalog().upsertSeasonEntries(List.of(new SeasonEntry(YEAR, BEARMAN, FERRARI, 87, null)));

        assertThat(catalog().seasonEntries(YEAR)).hasSize(21)
                .contains(new SeasonEntry(YEAR, BEARMAN, FERRARI, 87, null));
    }

    @Test
    @DisplayName("replacing the entry list drops entries missing from it and leaves other seasons alone")
    void replaceEntriesDropsStaleEntries() {
        seedCatalog();
        List<SeasonEntry> fewer = new ArrayList<>(StorageFixtures.entries(YEAR).subList(0, 18));
        fewer.add(new SeasonEntry(YEAR, BEARMAN, HAAS, 50, 17));
        catalog().replaceSeasonEntries(YEAR, fewer);

        assertThat(catalog().seasonEntries(YEAR)).hasSize(19).containsExactlyInAnyOrderElementsOf(fewer);
        assertThat(catalog().seasonEntries(PREVIOUS_YEAR)).hasSize(20);
        catalog().replaceSeasonEntries(YEAR, List.of());
        assertThat(catalog().seasonEntries(YEAR)).isEmpty();
    }

    @Test
    @DisplayName("replacing the entry list with an entry of another season is refused and changes nothing")
    void replaceEntriesRejectsForeignSeason() {
        seedCatalog();
        List<SeasonEntry> mixed = new ArrayList<>(StorageFixtures.entries(YEAR).subList(0, 5));
        mixed.add(StorageFixtures.entries(PREVIOUS_YEAR).get(7));

        assertForeignRowRejected(() -> catalog().replaceSeasonEntries(YEAR, mixed));
        assertThat(catalog().seasonEntries(YEAR)).hasSize(21);
        assertThat(catalog().seasonEntries(PREVIOUS_YEAR)).hasSize(20);
    }
}
