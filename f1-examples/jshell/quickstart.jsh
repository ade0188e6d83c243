// f1pipeline in five minutes: load the synthetic demo season and look at predictions.
//
// From the repository root, after `mvn -B -ntp -q package -DskipTests`, with nothing but f1.jar on the class path:
//   jshell --class-path f1-examples/target/f1.jar f1-examples/jshell/quickstart.jsh
// JShell stays open afterwards with `demo`, `race` and the imports below in scope; /exit leaves.
// The shortest start, in any jshell session with f1.jar on its class path:
//   var demo = org.f1pipeline.examples.Demo.load();

import org.f1pipeline.domain.*;
import org.f1pipeline.examples.Demo;
import org.f1pipeline.job.*;

System.out.println(Demo.BANNER);

// Runs the whole job chain on the synthetic 2024 season, served in-process by the test kit's fake Jolpica and
// OpenF1 (no server, no network), into an in-memory storage: schedule, roster, every session, statistics,
// features and predictions.
long started = System.nanoTime();
Demo demo = Demo.load();
System.out.printf(java.util.Locale.ROOT, "Loaded in %.1f s: %d jobs, %d rounds of 2024%n", (System.nanoTime() - started) / 1e9, demo.jobs(), demo.storage().races().races(2024).size());
System.out.println(demo);

// The grand prix after the demo's "today" (10 July 2024), predicted right after its qualifying.
RaceKey race = demo.nextRace();
System.out.println(demo.table(race, RaceType.GRAND_PRIX));

// Why is the favourite favoured? Each input, its fitted coefficient and its contribution (coefficient x input).
String favourite = demo.prediction(race, RaceType.GRAND_PRIX).winner().driver().value();
System.out.println(demo.explain(race, RaceType.GRAND_PRIX, favourite));

// The next sprint, predicted after its sprint qualifying.
System.out.println(demo.table(demo.nextSprint(), RaceType.SPRINT));

// The storage is the library's public API: every store can be queried directly. (In a jshell script a
// statement must not continue on a line that starts with '.', so chains stay on one line or in a block.)
for (RaceResult r : demo.storage().results().raceResults(race, RaceType.GRAND_PRIX).subList(0, 3)) {
    System.out.println("P" + r.finishPosition() + " " + r.driver() + " (" + r.constructor() + ")");
}

// And jobs run through the same pipeline, e.g.:
JobReport report = demo.pipeline().runJob(Job.COMPUTE_SEASON_STATS, JobParams.year(2024));
System.out.println("compute_season_stats: " + report.rowsWritten());
System.out.println(Demo.BANNER);
// Still here: try demo.table(RaceKey.of(2024, 12), RaceType.GRAND_PRIX), or demo.storage().catalog().drivers().
