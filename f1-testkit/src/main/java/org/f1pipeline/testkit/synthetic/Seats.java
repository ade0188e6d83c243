package org.f1pipeline.testkit.synthetic;

import java.util.ArrayList;
import java.util.List;

/**
 * The seats of a season and who sits in them each round. Every season has one mid-season swap (the second
 * drivers of the 3rd and 8th teams change places, as Lawson/Tsunoda did in 2025) and one stand-in (a reserve
 * replaces the first driver of the 9th team for two rounds, as Bearman did in 2024).
 */
final class Seats {
    private final int year;
    private final List<SynthConstructor> teams = new ArrayList<>();
    private final List<SynthDriver[]> drivers = new ArrayList<>();
    private final List<SynthDriver> reserves = new ArrayList<>();

    private Seats(int year) {
        this.year = year;
    }

    static Seats forYear(int year) {
        Seats s = new Seats(year);
        if (TeamCatalog.hasRoster(year)) {
            String[][] roster = TeamCatalog.roster(year);
            for (String seat : roster[0]) {
                String[] f = seat.split("[:,]");
                s.teams.add(TeamCatalog.get(f[0]));
                s.drivers.add(new SynthDriver[] {DriverCatalog.modern(f[1]), DriverCatalog.modern(f[2])});
            }
            for (String id : roster[1]) {
                s.reserves.add(DriverCatalog.modern(id));
            }
            return s;
        }
        int count = Eras.teamCount(year);
        List<SynthDriver> pool = DriverCatalog.pool(year);
        // Consecutive seasons share most drivers: each year the window moves two places along the decade's pool.
        int offset = (year % 10) * 2;
        s.teams.addAll(TeamCatalog.eraTeams(year, count));
        for (int i = 0; i < count; i++) {
            s.drivers.add(new SynthDriver[] {pool.get((offset + 2 * i) % pool.size()),
                pool.get((offset + 2 * i + 1) % pool.size())});
        }
        s.reserves.add(pool.get((offset + 2 * count) % pool.size()));
        return s;
    }

    List<String> teamOrder() {
        return teams.stream().map(SynthConstructor::constructorId).toList();
    }

    List<Entry> entries(int round, int rounds) {
        int swapRound = Math.max(2, Math.round(rounds * 0.4f));
        int standInRound = Math.max(3, Math.round(rounds * 0.6f));
        int a = Math.min(2, teams.size() - 1);
        int b = Math.min(7, teams.size() - 1);
        int c = Math.min(8, teams.size() - 1);
        List<Entry> out = new ArrayList<>();
        int seatNumber = 0;
        for (int t = 0; t < teams.size(); t++) {
            for (int k = 0; k < 2; k++) {
                seatNumber = seatNumber + 1 == 13 ? 14 : seatNumber + 1;
                SynthDriver d = drivers.get(t)[k];
                if (k == 1 && round >= swapRound && (t == a || t == b)) {
                    d = drivers.get(t == a ? b : a)[1];
                }
                if (k == 0 && t == c && round >= standInRound && round < standInRound + 2) {
                    d = reserves.get(0);
                }
                out.add(new Entry(d, teams.get(t), number(d, seatNumber)));
            }
        }
        return out;
    }

    private int number(SynthDriver d, int seatNumber) {
        if (year < 2014) {
            return seatNumber;
        }
        if (d.permanentNumber() == null) {
            // Numbers no catalogue driver owns, so a driver without a permanent number never clashes.
            int[] spare = {34, 36, 37, 38, 39, 40, 42, 45, 46, 48, 49, 50};
            return spare[seatNumber % spare.length];
        }
        if (d.driverId().equals("max_verstappen")) {
            // Raced as 33, then as champion with 1; Jolpica shows the current permanent number (3) throughout.
            return year < 2022 ? 33 : year < 2026 ? 1 : 3;
        }
        return d.permanentNumber();
    }
}
