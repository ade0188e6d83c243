package org.f1pipeline.examples.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.f1pipeline.examples.Demo;

/**
 * How long {@link Demo#load()} takes, the JShell quick start's one line (issue 14): the first load in a fresh JVM
 * (class loading and JIT included, what a JShell user waits for) and the following ones, each as wall time and as
 * the process's CPU time (which depends less on what else the machine is doing). Option: {@code --loads N} (3).
 * See docs/benchmarks.md for the command and measured figures.
 */
public final class DemoLoadBenchmark {

    private DemoLoadBenchmark() {
    }

    /** Prints one line per load: wall ms, CPU ms, jobs and requests. */
    public static void main(String[] args) {
        int loads = args.length == 2 && args[0].equals("--loads") ? Integer.parseInt(args[1]) : 3;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int i = 1; i <= loads; i++) {
            long cpu = os.getProcessCpuTime();
            long start = System.nanoTime();
            try (Demo demo = Demo.load()) {
                System.out.printf(Locale.ROOT, "load %d: wall %d ms, cpu %d ms, %d jobs, %d requests%n", i,
                        (System.nanoTime() - start) / 1_000_000, (os.getProcessCpuTime() - cpu) / 1_000_000,
                        demo.jobs(), demo.requests());
            }
        }
    }
}
