// f1pipeline in five minutes: load the synthetic demo season and look at predictions.
//
// From the repository root, after `mvn -B -ntp -q package -DskipTests`:
//   jshell --class-path "$(cat f1-examples/target/cp.txt):f1-examples/target/classes" f1-examples/jshell/quickstart.jsh
// (Remove the /exit at the end, or paste these lines into jshell, to keep exploring.)

import org.f1pipeline.domain.*;
import org.f1pipeline.examples.Demo;
import org.f1pipeline.job.*;

System.out.println(Demo.BANNER);

// Runs the whole job chain on the synthetic 2024 season served by in-process fake servers (no network),
// into an in-memory storage: schedule, roster, every session, statistics, features and predictions.
Demo demo = Demo.load();
System.out.println("Loaded: " + demo.jobs() + " jobs, " + demo.storage().races().races(2024).size() + " rounds of 2024");

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

demo.close();
System.out.println(Demo.BANNER);
/exit
