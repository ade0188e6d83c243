package org.f1pipeline.testkit.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.f1pipeline.testkit.storage.StorageFixtures.BAHRAIN_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.FERRARI;
import static org.f1pipeline.testkit.storage.StorageFixtures.JEDDAH_2024;
import static org.f1pipeline.testkit.storage.StorageFixtures.LECLERC;
import static org.f1pipeline.testkit.storage.StorageFixtures.MCLAREN;
import static org.f1pipeline.testkit.storage.StorageFixtures.NORRIS;
import static org.f1pipeline.testkit.storage.StorageFixtures.PREVIOUS_YEAR;
import static org.f1pipeline.testkit.storage.StorageFixtures.RED_BULL;
import static org.f1pipeline.testkit.storage.StorageFixtures.VERSTAPPEN;
import static org.f1pipeline.testkit.storage.StorageFixtures.YEAR;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.standings.Standing;
import org.f1pipeline.standings.StandingsKind;
import org.f1pipeline.storage.StandingsStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Contract of {@link StandingsStore}. */
abstract class StandingsStoreCases extends ContractSupport {

    private StandingsStore standings() {
        return storage().standings();
    }

    /** Round {@code round}'s tables: three drivers (one excluded, with fractional points) and three teams. */
    private static List<Standing> tables(int season, int round) {
        double base = round * 10;
        return List.of(
                Standing.driver(season, round, 1, "1", VERSTAPPEN, RED_BULL, base + 25.14, round),
                Standing.driver(season, round, 2, "2", NORRIS, MCLAREN, base + 18, 0),
                Standing.driver(season, round, 3, "D", LECLERC, FERRARI, base + 30.5, 1),
                Standing.constructor(season, round, 1, "1", RED_BULL, base + 40, round),
                Standing.constructor(season, round, 2, "2", FERRARI, base + 30.5, 1),
                Standing.constructor(season, round, 3, "E", MCLAREN, base + 50, 0));
    }

    private static List<Standing> of(List<Standing> rows, StandingsKind kind) {
        return rows.stream().filter(s -> s.kind() == kind).toList();
    }

    @Test
    @DisplayName("tables read back equal, each kind by position, with marks and fractional points exact")
    void roundTrip() {
        seedCalendar();
        List<Standing> rows = new ArrayList<>(tables(YEAR, 2));
        rows.addAll(tables(YEAR, 1));
        standings().replaceFrom(YEAR, 1, rows);

        assertThat(standings().after(YEAR, 1, StandingsKind.DRIVERS)).containsExactlyElementsOf(
                of(tables(YEAR, 1), StandingsKind.DRIVERS));
        assertThat(standings().after(YEAR, 2, StandingsKind.CONSTRUCTORS)).containsExactlyElementsOf(
                of(tables(YEAR, 2), StandingsKind.CONSTRUCTORS));
        assertThat(standings().after(YEAR, 2, StandingsKind.DRIVERS).get(0).points()).isEqualTo(45.14);
        assertThat(standings().after(YEAR, 2, StandingsKind.DRIVERS).get(2).classified()).isFalse();
        assertThat(standings().after(YEAR, 3, StandingsKind.DRIVERS)).isEmpty();
        assertThat(standings().lastRound(YEAR)).hasValue(2);
        assertThat(standings().lastRound(PREVIOUS_YEAR)).isEqualTo(OptionalInt.empty());
    }

    @Test
    @DisplayName("replacing from a round keeps the rounds before it, rewrites it and drops the later ones")
    void replaceFrom() {
        seedCalendar();
        List<Standing> three = new ArrayList<>();
        for (int r = 1; r <= 3; r++) {
            three.addAll(tables(YEAR, r));
        }
        standings().replaceFrom(YEAR, 1, three);
        standings().replaceFrom(PREVIOUS_YEAR, 1, tables(PREVIOUS_YEAR, 1));
        List<Standing> fewer = List.of(Standing.driver(YEAR, 2, 1, "1", NORRIS, MCLAREN, 12, 1),
                Standing.constructor(YEAR, 2, 1, "1", MCLAREN, 12, 1));
        standings().replaceFrom(YEAR, 2, fewer);

        assertThat(standings().after(YEAR, 1, StandingsKind.DRIVERS)).hasSize(3);
        assertThat(standings().after(YEAR, 2, StandingsKind.DRIVERS)).containsExactly(fewer.get(0));
        assertThat(standings().after(YEAR, 2, StandingsKind.CONSTRUCTORS)).containsExactly(fewer.get(1));
        assertThat(standings().after(YEAR, 3, StandingsKind.DRIVERS)).isEmpty();
        assertThat(standings().lastRound(YEAR)).hasValue(2);
        assertThat(standings().after(PREVIOUS_YEAR, 1, StandingsKind.CONSTRUCTORS)).hasSize(3);

        standings().replaceFrom(YEAR, 2, fewer);
        assertThat(standings().after(YEAR, 2, StandingsKind.DRIVERS)).containsExactly(fewer.get(0));
    }

    @Test
    @DisplayName("a line of another season or an earlier round is refused before anything changes")
    void foreignRows() {
        seedCalendar();
        standings().replaceFrom(YEAR, 1, tables(YEAR, 1));
        assertForeignRowRejected(() -> standings().replaceFrom(YEAR, 2, tables(YEAR, 1)));
        assertForeignRowRejected(() -> standings().replaceFrom(YEAR, 1, tables(PREVIOUS_YEAR, 1)));
        assertThat(standings().after(YEAR, 1, StandingsKind.DRIVERS)).hasSize(3);
    }

    @Test
    @DisplayName("a line naming a missing race, driver or team is refused and nothing is written")
    void parents() {
        seedCalendar();
        assertRefused(() -> standings().replaceFrom(YEAR, 1, tables(YEAR, 9)), "replace standings", "2024-09");
        assertRefused(() -> standings().replaceFrom(YEAR, 1, List.of(Standing.driver(YEAR, 1, 1, "1",
                DriverId.of("senna"), MCLAREN, 9, 1))), "replace standings", "senna");
        assertRefused(() -> standings().replaceFrom(YEAR, 1, List.of(Standing.constructor(YEAR, 1, 1, "1",
                ConstructorId.of("brabham"), 9, 1))), "replace standings", "brabham");
        assertThat(standings().lastRound(YEAR)).isEmpty();
    }

    @Test
    @DisplayName("other-car rows (shared drives) read back equal by round; replacing a race's set drops the old")
    void sharedDrives() {
        seedCalendar();
        RaceResult first = StorageFixtures.results(BAHRAIN_2024, RaceType.GRAND_PRIX).get(4).withPositionOrder(21);
        RaceResult retired = StorageFixtures.results(BAHRAIN_2024, RaceType.GRAND_PRIX).get(19)
                .withPositionOrder(22);
        RaceResult other = StorageFixtures.results(JEDDAH_2024, RaceType.GRAND_PRIX).get(0).withPositionOrder(23);
        standings().replaceSharedDrives(JEDDAH_2024, RaceType.GRAND_PRIX, List.of(other));
        standings().replaceSharedDrives(BAHRAIN_2024, RaceType.GRAND_PRIX, List.of(retired, first));

        assertThat(standings().sharedDrives(YEAR)).containsExactly(retired, first, other); // hamilton, stroll
        standings().replaceSharedDrives(BAHRAIN_2024, RaceType.GRAND_PRIX, List.of());
        assertThat(standings().sharedDrives(YEAR)).containsExactly(other);
        assertThat(standings().sharedDrives(PREVIOUS_YEAR)).isEmpty();
        assertForeignRowRejected(() -> standings().replaceSharedDrives(BAHRAIN_2024, RaceType.GRAND_PRIX,
                List.of(other)));
        assertForeignRowRejected(() -> standings().replaceSharedDrives(JEDDAH_2024, RaceType.GRAND_PRIX,
                List.of(other.withPositionOrder(null))));
        assertRefused(() -> standings().replaceSharedDrives(RaceKey.of(YEAR, 9), RaceType.GRAND_PRIX, List.of()),
                "replace shared drives", "2024-09");
        assertThat(standings().sharedDrives(YEAR)).containsExactly(other);
    }
}
