package org.f1pipeline.standings.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.f1pipeline.standings.StandingsKind.CONSTRUCTORS;
import static org.f1pipeline.standings.StandingsKind.DRIVERS;

import java.util.List;
import java.util.Map;
import org.f1pipeline.standings.Standing;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The championship rules of every era, on hand-built seasons whose tables are worked out in the comments. */
class StandingsCalculatorTest {

    private static StandingsCalculator season(int year, Rows... races) {
        StandingsCalculator calc = new StandingsCalculator(year);
        for (Rows race : races) {
            Rows.add(calc, race);
        }
        return calc;
    }

    @Nested
    @DisplayName("points: as Jolpica gives them per result")
    class Points {

        @Test
        @DisplayName("a 1950s fastest-lap point and a shared one count for the driver (9 = 8 + 1, 6.5 = 6 + 1/2)")
        void fastestLapPoints() {
            StandingsCalculator calc = season(1959,
                    Rows.race(1959, 1).finish("brabham", "cooper-climax", 9).finish("brooks", "ferrari", 6),
                    Rows.race(1959, 2).finish("brooks", "ferrari", 8).finish("brabham", "cooper-climax", 6.5));
            assertThat(Rows.lines(calc, DRIVERS)).containsExactly("brabham 15.5", "brooks 14");
        }

        @Test
        @DisplayName("half points (1975 Montjuïc: 4.5 for the win) and the 2014 double-points finale (50) as given")
        void halfAndDoublePoints() {
            StandingsCalculator calc75 = season(1975, Rows.race(1975, 1).finish("mass", "mclaren", 4.5)
                    .finish("ickx", "team_lotus", 3));
            assertThat(Rows.lines(calc75, DRIVERS)).containsExactly("mass 4.5", "ickx 3");
            StandingsCalculator calc14 = season(2014,
                    Rows.race(2014, 18).finish("rosberg", "mercedes", 25).finish("hamilton", "mercedes", 18),
                    Rows.race(2014, 19).finish("hamilton", "mercedes", 50).finish("massa", "williams", 36));
            assertThat(Rows.lines(calc14, DRIVERS)).containsExactly("hamilton 68", "massa 36", "rosberg 25");
            assertThat(Rows.lines(calc14, CONSTRUCTORS)).containsExactly("mercedes 93", "williams 36");
        }

        @Test
        @DisplayName("sprint points join their weekend's round, for drivers and teams; wins are grand-prix wins only")
        void sprintPoints() {
            StandingsCalculator calc = new StandingsCalculator(2022);
            calc.addRound(4, Rows.TRACK, Rows.race(2022, 4).finish("verstappen", "red_bull", 26)
                            .finish("leclerc", "ferrari", 18).rows(),
                    Rows.sprint(2022, 4).finish("leclerc", "ferrari", 8).finish("verstappen", "red_bull", 7).rows());
            List<Standing> table = calc.table(DRIVERS);
            assertThat(Rows.lines(calc, DRIVERS)).containsExactly("verstappen 33", "leclerc 26");
            assertThat(table).extracting(Standing::wins).containsExactly(1, 0);
            assertThat(Rows.lines(calc, CONSTRUCTORS)).containsExactly("red_bull 33", "ferrari 26");
        }
    }

    @Nested
    @DisplayName("best results and split seasons")
    class Counting {

        @Test
        @DisplayName("1950-53: the best 4 results count (ascari scored 35, 31 counts)")
        void bestFour() {
            StandingsCalculator calc = season(1952,
                    Rows.race(1952, 1).finish("ascari", "ferrari", 9).finish("farina", "ferrari", 6),
                    Rows.race(1952, 2).finish("ascari", "ferrari", 8).finish("farina", "ferrari", 6),
                    Rows.race(1952, 3).finish("farina", "ferrari", 8).finish("ascari", "ferrari", 6),
                    Rows.race(1952, 4).finish("ascari", "ferrari", 8).finish("farina", "ferrari", 6),
                    Rows.race(1952, 5).finish("taruffi", "ferrari", 8).finish("farina", "ferrari", 6)
                            .finish("ascari", "ferrari", 4));
            // ascari 9 + 8 + 6 + 8 + 4 = 35, best four 31; farina 6 + 6 + 8 + 6 + 6 = 32, best four 26.
            assertThat(Rows.lines(calc, DRIVERS)).containsExactly("ascari 31", "farina 26", "taruffi 8");
        }

        @Test
        @DisplayName("1964 was decided by dropped scores: Surtees 40 of 40 beats Hill 39 of 41 (best six)")
        void nineteenSixtyFour() {
            StandingsCalculator calc = season(1964,
                    Rows.race(1964, 1).finish("hill", "brm", 9).finish("surtees", "ferrari", 6),
                    Rows.race(1964, 2).finish("surtees", "ferrari", 9).finish("hill", "brm", 6),
                    Rows.race(1964, 3).finish("hill", "brm", 9).finish("surtees", "ferrari", 6),
                    Rows.race(1964, 4).finish("surtees", "ferrari", 9).finish("hill", "brm", 6),
                    Rows.race(1964, 5).finish("clark", "lotus-climax", 9).finish("hill", "brm", 6)
                            .finish("surtees", "ferrari", 4),
                    Rows.race(1964, 6).finish("clark", "lotus-climax", 9).finish("surtees", "ferrari", 6)
                            .finish("bandini", "ferrari", 4).finish("hill", "brm", 3),
                    Rows.race(1964, 7).finish("clark", "lotus-climax", 9).finish("gurney", "brabham", 6)
                            .finish("bandini", "ferrari", 4).finish("ginther", "brm", 3).finish("hill", "brm", 2));
            // hill 9 + 6 + 9 + 6 + 6 + 3 + 2 = 41, best six drops the 2: 39. surtees 6 + 9 + 6 + 9 + 4 + 6 = 40.
            assertThat(Rows.lines(calc, DRIVERS).subList(0, 3)).containsExactly("surtees 40", "hill 39", "clark 27");
        }

        @Test
        @DisplayName("1988 was decided by dropped scores: Senna 90 of 94 beats Prost 87 of 105 (best eleven)")
        void nineteenEightyEight() {
            Rows[] races = new Rows[16];
            for (int r = 1; r <= 16; r++) {
                Rows race = Rows.race(1988, r);
                if (r <= 7) {
                    race.finish("senna", "mclaren", 9).finish("prost", "mclaren", 6);
                } else if (r == 8) {
                    race.finish("senna", "mclaren", 9).finish("berger", "ferrari", 6).out("prost", "mclaren", "R");
                } else if (r <= 11) {
                    race.finish("prost", "mclaren", 9).finish("senna", "mclaren", 6);
                } else if (r == 12) {
                    race.finish("prost", "mclaren", 9).finish("berger", "ferrari", 6).finish("alboreto", "ferrari", 4)
                            .finish("senna", "mclaren", 3);
                } else if (r == 13) {
                    race.finish("prost", "mclaren", 9).finish("berger", "ferrari", 6).finish("alboreto", "ferrari", 4)
                            .finish("capelli", "march", 3).finish("nannini", "benetton", 2)
                            .finish("senna", "mclaren", 1);
                } else if (r <= 15) {
                    race.finish("prost", "mclaren", 9).finish("berger", "ferrari", 6).out("senna", "mclaren", "R");
                } else {
                    race.finish("berger", "ferrari", 9).out("senna", "mclaren", "R").out("prost", "mclaren", "R");
                }
                races[r - 1] = race;
            }
            StandingsCalculator calc = season(1988, races);
            // senna: 8 wins + 3 seconds = 90 (+ 3 + 1 dropped = 94); prost: 7 wins + 7 seconds = 105, best eleven
            // = 7 x 9 + 4 x 6 = 87. Constructors count everything: 94 + 105 = 199.
            assertThat(Rows.lines(calc, DRIVERS).subList(0, 2)).containsExactly("senna 90", "prost 87");
            assertThat(calc.table(DRIVERS).get(0).wins()).isEqualTo(8);
            assertThat(Rows.lines(calc, CONSTRUCTORS).get(0)).isEqualTo("mclaren 199");
        }

        @Test
        @DisplayName("1979: best 4 of the first 7 rounds plus best 4 of the last 8, also mid-season")
        void splitSeason() {
            int[] scheckter = {9, 9, 6, 4, 3, 0, 0, 9, 6, 6, 4, 4, 0, 0, 0};
            StandingsCalculator calc = new StandingsCalculator(1979);
            Map<Integer, Double> after = new java.util.HashMap<>();
            for (int r = 1; r <= 15; r++) {
                Rows race = Rows.race(1979, r);
                if (scheckter[r - 1] > 0) {
                    race.finish("scheckter", "ferrari", scheckter[r - 1]);
                } else {
                    race.out("scheckter", "ferrari", "R");
                }
                Rows.add(calc, race);
                after.put(r, calc.table(DRIVERS).get(0).points());
            }
            // First half (1-7): 9 9 6 4 3 -> best four 28 (31 scored by round 5). Second half (8-15): 9 6 6 4 4 -> 25.
            assertThat(after.get(4)).isEqualTo(28.0);
            assertThat(after.get(5)).isEqualTo(28.0);
            assertThat(after.get(8)).isEqualTo(37.0);
            assertThat(after.get(15)).isEqualTo(53.0);
        }

        @Test
        @DisplayName("1967-78: all but one result of each half (11 rounds: best 5 of 6, best 4 of 5)")
        void allButOne() {
            Rows[] races = new Rows[11];
            for (int r = 1; r <= 11; r++) {
                races[r - 1] = Rows.race(1967, r).finish("hulme", "brabham-repco", 9);
            }
            StandingsCalculator calc = season(1967, races);
            assertThat(Rows.lines(calc, DRIVERS)).containsExactly("hulme 81"); // 5 x 9 + 4 x 9 of 99 scored
            assertThat(Rows.lines(calc, CONSTRUCTORS)).containsExactly("brabham-repco 81");
        }
    }

    @Nested
    @DisplayName("the constructors' championship")
    class Constructors {

        @Test
        @DisplayName("none before 1958")
        void noneBefore1958() {
            StandingsCalculator calc = season(1957, Rows.race(1957, 1).finish("fangio", "maserati", 8));
            assertThat(calc.table(CONSTRUCTORS)).isEmpty();
            assertThat(Rows.lines(calc, DRIVERS)).containsExactly("fangio 8");
        }

        @Test
        @DisplayName("before 1979 only the best-placed car scores; from 1979 every car")
        void bestCarOnly() {
            StandingsCalculator calc70 = season(1970, Rows.race(1970, 1).finish("rindt", "team_lotus", 9)
                    .finish("miles", "team_lotus", 6).finish("ickx", "ferrari", 4));
            assertThat(Rows.lines(calc70, CONSTRUCTORS)).containsExactly("team_lotus 9", "ferrari 4");
            StandingsCalculator calc79 = season(1979, Rows.race(1979, 1).finish("jones", "williams", 9)
                    .finish("regazzoni", "williams", 6).finish("scheckter", "ferrari", 4));
            assertThat(Rows.lines(calc79, CONSTRUCTORS)).containsExactly("williams 15", "ferrari 4");
        }

        @Test
        @DisplayName("1958-59: no fastest-lap point for constructors; 1961: 8 for a win, the drivers 9")
        void constructorsScale() {
            StandingsCalculator calc58 = season(1958, Rows.race(1958, 1).finish("moss", "vanwall", 9)
                    .finish("hawthorn", "ferrari", 6.5).finish("brooks", "vanwall", 4));
            assertThat(Rows.lines(calc58, CONSTRUCTORS)).containsExactly("vanwall 8", "ferrari 6");
            StandingsCalculator calc61 = season(1961, Rows.race(1961, 1).finish("moss", "lotus-climax", 9)
                    .finish("ginther", "ferrari", 6));
            assertThat(Rows.lines(calc61, CONSTRUCTORS)).containsExactly("lotus-climax 8", "ferrari 6");
        }

        @Test
        @DisplayName("a Formula 2 car in the points scores nothing; the next car gets the place's points (1967)")
        void pointsMovedUp() {
            StandingsCalculator calc = season(1967, Rows.race(1967, 7).finish("hulme", "brabham-repco", 9)
                    .finish("brabham", "brabham-repco", 6).finish("amon", "ferrari", 4).finish("surtees", "honda", 3)
                    .finish("oliver", "lotus-ford", 0).finish("bonnier", "cooper-maserati", 2));
            assertThat(Rows.lines(calc, CONSTRUCTORS)).containsExactly("brabham-repco 9", "ferrari 4", "honda 3",
                    "cooper-maserati 2", "lotus-ford 0");
        }

        @Test
        @DisplayName("half points for a constructor's best car (1975: 4.5 for a win)")
        void halfPointsBestCar() {
            StandingsCalculator calc = season(1975, Rows.race(1975, 4).finish("mass", "mclaren", 4.5)
                    .finish("ickx", "team_lotus", 3).finish("reutemann", "brabham", 2)
                    .finish("depailler", "tyrrell", 1.5).finish("fittipaldi", "mclaren", 1));
            assertThat(Rows.lines(calc, CONSTRUCTORS)).containsExactly("mclaren 4.5", "team_lotus 3", "brabham 2",
                    "tyrrell 1.5");
        }

        @Test
        @DisplayName("the Indianapolis 500 counts for drivers (1950-60), not for constructors")
        void indianapolis() {
            StandingsCalculator calc = new StandingsCalculator(1958);
            calc.addRound(1, Rows.TRACK, Rows.race(1958, 1).finish("moss", "cooper", 8)
                    .finish("musso", "ferrari", 6).rows(), List.of());
            calc.addRound(2, Rows.INDY, Rows.race(1958, 2).finish("bryan", "epperly", 8)
                    .finish("amick", "epperly", 6).rows(), List.of());
            assertThat(Rows.lines(calc, DRIVERS)).containsExactly("bryan 8", "moss 8", "amick 6", "musso 6");
            assertThat(Rows.lines(calc, CONSTRUCTORS)).containsExactly("cooper 8", "ferrari 6");
            assertThat(calc.table(DRIVERS).get(0).wins()).isEqualTo(1);
        }
    }

    @Nested
    @DisplayName("ties: countback")
    class Ties {

        @Test
        @DisplayName("equal points: more wins first, then more second places, then the better retirements")
        void countback() {
            StandingsCalculator calc = season(2010,
                    Rows.race(2010, 1).finish("a", "t1", 25).finish("c", "t2", 18).finish("b", "t1", 15)
                            .finish("d", "t3", 12).out("e", "t3", "R").out("f", "t4", "R"),
                    Rows.race(2010, 2).finish("b", "t1", 25).finish("d", "t3", 18).finish("c", "t2", 15)
                            .finish("a", "t1", 12).out("f", "t4", "R").out("e", "t4", "R"));
            // a 37 (win, 4th), b 40, c 33, d 30; e and f 0: e retired 5th then 6th, f 6th then 5th: a tie on
            // retirements too -> then by name (ids here).
            assertThat(Rows.lines(calc, DRIVERS)).containsExactly("b 40", "a 37", "c 33", "d 30", "e 0", "f 0");
            StandingsCalculator wins = season(2010,
                    Rows.race(2010, 1).finish("p", "t1", 25).finish("q", "t2", 18).out("r", "t3", "R"),
                    Rows.race(2010, 2).finish("r", "t3", 25).finish("q", "t2", 7).out("p", "t1", "R"));
            // 25 each: p and r one win (and one retirement at order 3) each, q two second places -> p, r, q.
            assertThat(Rows.lines(wins, DRIVERS)).containsExactly("p 25", "r 25", "q 25");
        }

        @Test
        @DisplayName("a disqualified result counts for nothing in the countback; names decide what is left")
        void disqualifiedAndNames() {
            StandingsCalculator calc = new StandingsCalculator(1977, TieOrder.keys(
                    Map.of("henton", "Henton", "jabouille", "Jabouille", "cade", "Cade", "Changy", "de Changy",
                            "flaherty", "Flaherty"), Map.of("boro", "Boro", "renault", "Renault")));
            Rows.add(calc, Rows.race(1977, 1).finish("winner", "ferrari", 9).out("henton", "boro", "D")
                    .out("jabouille", "renault", "R").out("cade", "lotus", "W").out("Changy", "lotus", "F")
                    .out("flaherty", "lotus", "R"));
            // henton's D (order 2) does not count: jabouille's retirement (order 3) ranks him ahead.
            assertThat(Rows.lines(calc, DRIVERS)).containsExactly("winner 9", "jabouille 0", "cade 0", "Changy 0",
                    "flaherty 0", "henton 0");
            assertThat(Rows.lines(calc, CONSTRUCTORS)).containsExactly("ferrari 9", "renault 0", "lotus 0", "boro 0");
            StandingsCalculator names = new StandingsCalculator(1959, TieOrder.keys(
                    Map.of("cade", "Cade", "Changy", "de Changy", "flaherty", "Flaherty"), Map.of()));
            Rows.add(names, Rows.race(1959, 1).finish("w", "t", 8).out("flaherty", "t", "R"));
            Rows.add(names, Rows.race(1959, 2).finish("w", "t", 8).out("Changy", "t", "F"));
            Rows.add(names, Rows.race(1959, 3).finish("w", "t", 8).out("cade", "t", "W"));
            // one unclassified result each, all at order 2: alphabetical by family name, case and "de" as written.
            assertThat(Rows.lines(names, DRIVERS)).containsExactly("w 24", "cade 0", "Changy 0", "flaherty 0");
        }

        @Test
        @DisplayName("a driver's other cars (1950s shared drives) count in his countback")
        void otherCars() {
            List<org.f1pipeline.domain.RaceResult> r1 = Rows.race(1954, 1).finish("w", "t", 8)
                    .finish("hoyt", "kurtis", 0).out("hoyt", "kurtis", "R").rows();
            List<org.f1pipeline.domain.RaceResult> r2 = Rows.race(1954, 2).finish("w", "t", 8)
                    .finish("graffenried", "maserati", 0).rows();
            StandingsCalculator calc = new StandingsCalculator(1954);
            calc.addRound(1, Rows.TRACK, r1.subList(0, 2), List.of(), List.of(r1.get(2)));
            calc.addRound(2, Rows.TRACK, r2, List.of());
            // One second place each; hoyt's other car (a retirement, as at Indianapolis 1954) puts him ahead.
            assertThat(Rows.lines(calc, DRIVERS)).containsExactly("w 16", "hoyt 0", "graffenried 0");
            StandingsCalculator merged = new StandingsCalculator(1954);
            merged.addRound(1, Rows.TRACK, r1.subList(0, 2), List.of());
            merged.addRound(2, Rows.TRACK, r2, List.of());
            assertThat(Rows.lines(merged, DRIVERS)).containsExactly("w 16", "graffenried 0", "hoyt 0");
        }
    }

    @Nested
    @DisplayName("official adjustments")
    class Adjustments {

        @Test
        @DisplayName("1997: Schumacher disqualified from the championship: D, ranked last, his points on record")
        void schumacher1997() {
            StandingsCalculator calc = season(1997, Rows.race(1997, 1).finish("michael_schumacher", "ferrari", 10)
                    .finish("villeneuve", "williams", 6).finish("frentzen", "williams", 4));
            assertThat(Rows.lines(calc, DRIVERS)).containsExactly("villeneuve 6", "frentzen 4",
                    "michael_schumacher 10 D");
            assertThat(calc.table(DRIVERS)).extracting(Standing::position).containsExactly(1, 2, 3);
            // Ferrari keeps Schumacher's 10 and leads Williams (6 + 4) on countback: a win.
            assertThat(Rows.lines(calc, CONSTRUCTORS)).containsExactly("ferrari 10", "williams 10");
        }

        @Test
        @DisplayName("2007: McLaren excluded from the constructors' championship (E); its drivers keep their points")
        void mclaren2007() {
            StandingsCalculator calc = season(2007, Rows.race(2007, 1).finish("hamilton", "mclaren", 10)
                    .finish("alonso", "mclaren", 8).finish("raikkonen", "ferrari", 6));
            assertThat(Rows.lines(calc, CONSTRUCTORS)).containsExactly("ferrari 6", "mclaren 18 E");
            assertThat(Rows.lines(calc, DRIVERS)).containsExactly("hamilton 10", "alonso 8", "raikkonen 6");
        }

        @Test
        @DisplayName("2020: Racing Point's 15-point deduction shows from round 5 on")
        void racingPoint2020() {
            StandingsCalculator calc = new StandingsCalculator(2020);
            for (int r = 1; r <= 5; r++) {
                Rows.add(calc, Rows.race(2020, r).finish("perez", "racing_point", 12).finish("sainz", "mclaren", 10));
                double points = calc.table(CONSTRUCTORS).stream().filter(s -> s.constructor().value()
                        .equals("racing_point")).findFirst().orElseThrow().points();
                assertThat(points).as("after round " + r).isEqualTo(r < 5 ? 12.0 * r : 12.0 * r - 15);
            }
        }

        @Test
        @DisplayName("1995 Brazil: Benetton and Williams scored no constructors' points; their drivers did")
        void brazil1995() {
            StandingsCalculator calc = season(1995,
                    Rows.race(1995, 1).finish("michael_schumacher", "benetton", 10).finish("coulthard", "williams", 6)
                            .finish("berger", "ferrari", 4),
                    Rows.race(1995, 2).finish("damon_hill", "williams", 10).finish("alesi", "ferrari", 6));
            // williams 10 (Hill's win; Coulthard's 6 in Brazil withheld), ferrari 4 + 6: Williams ahead on wins.
            assertThat(Rows.lines(calc, CONSTRUCTORS)).containsExactly("williams 10", "ferrari 10", "benetton 0");
            assertThat(Rows.lines(calc, DRIVERS)).contains("michael_schumacher 10", "coulthard 6");
        }
    }

    @Test
    @DisplayName("rounds go in order; the table is the one after the last round added")
    void roundOrder() {
        StandingsCalculator calc = season(2024, Rows.race(2024, 3).finish("a", "t", 25));
        assertThatIllegalArgumentException().isThrownBy(() -> Rows.add(calc, Rows.race(2024, 2).finish("a", "t", 25)))
                .withMessageContaining("round 2 of 2024 added after round 3");
        assertThat(calc.table(DRIVERS)).extracting(Standing::round).containsExactly(3);
        assertThat(new StandingsCalculator(2024).table(DRIVERS)).isEmpty();
    }
}
