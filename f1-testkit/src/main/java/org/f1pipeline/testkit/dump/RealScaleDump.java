package org.f1pipeline.testkit.dump;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;

/**
 * Writes a full-history dump for benchmarks: the synthetic seasons 1950-2025 at real scale (about 1,150 races,
 * 27,000 results, 600,000 laps from 1996, 11,000 pit stops from 2011), and prints the row counts, the time and the
 * peak heap.
 *
 * <pre>
 * java -cp ... org.f1pipeline.testkit.dump.RealScaleDump [out.zip] [fromYear] [toYear]
 * </pre>
 */
public final class RealScaleDump {
    private RealScaleDump() {
    }

    /** Arguments: output file (default {@code csv_dump.zip}), first and last year (default 1950 and 2025). */
    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "csv_dump.zip");
        int from = args.length > 1 ? Integer.parseInt(args[1]) : 1950;
        int to = args.length > 2 ? Integer.parseInt(args[2]) : 2025;
        long t0 = System.nanoTime();
        DumpSummary s = write(out, from, to);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("dump %s: seasons %d-%d, %,d bytes, sha256 %s, %d ms, peak heap %d MB%n", out, from, to,
                s.sizeBytes(), s.sha256(), ms, peakHeapMb());
        s.rows().forEach((table, n) -> System.out.printf("  %-38s %,10d%n", table, n));
    }

    /** Writes the synthetic seasons {@code from..to} (everything published) to {@code out}. */
    public static DumpSummary write(Path out, int from, int to) {
        return JolpicaDumpWriter.synthetic(new SyntheticHistory(), from, to).writeTo(out);
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                peak += p.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
