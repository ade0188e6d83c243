package org.f1pipeline.examples.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.testkit.fault.BigPage;

/**
 * The memory benchmark of issue 10: one valid 60 MB page (an OpenF1 {@code laps} answer, and a Jolpica schedule
 * page of 30 races with large extra fields) read through the library's fetch stack and source client under
 * {@code -Xmx256m}, from the network and then from the response cache, each in a child JVM running
 * {@link BigPage}. Prints each child's {@code pass=} and {@code peak_heap_mb=} lines: the peak heap in use (garbage
 * included) and the peak still in use after a collection. Options: {@code --mb N} (60), {@code --xmx SIZE} (256m).
 * See docs/benchmarks.md.
 */
public final class MemoryBenchmark {

    private MemoryBenchmark() {
    }

    /** Runs both pages and prints the figures; exit code 1 when a child ran out of memory. */
    public static void main(String[] args) throws IOException, InterruptedException {
        String mb = "60";
        String xmx = "256m";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--mb" -> mb = args[++i];
                case "--xmx" -> xmx = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "; use --mb N --xmx SIZE");
            }
        }
        int worst = 0;
        for (String kind : List.of("openf1", "jolpica")) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Xmx" + xmx, "-cp", System.getProperty("java.class.path"), BigPage.class.getName(),
                    kind, mb));
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int code = p.waitFor();
            worst = Math.max(worst, code);
            System.out.println("== " + kind + ", " + mb + " MB page, -Xmx" + xmx + " (exit " + code + ")");
            out.lines().filter(l -> l.startsWith("pass=") || l.startsWith("peak_") || l.startsWith("OOM"))
                    .forEach(l -> System.out.println("   " + l));
        }
        System.exit(worst);
    }
}
