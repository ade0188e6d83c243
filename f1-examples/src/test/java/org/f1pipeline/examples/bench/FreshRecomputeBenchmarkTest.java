package org.f1pipeline.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The benchmark's summary reads each child's process CPU (and its kernel part) back from the line the child prints. */
class FreshRecomputeBenchmarkTest {

    @Test
    @DisplayName("a child's line gives its process CPU; an unmeasured or missing one reads as -1")
    void processCpu() {
        assertThat(FreshRecomputeBenchmark.processCpu(
                "502 ms (open 62 + recompute 439; 527 events; process CPU 1010 ms)")).isEqualTo(1010);
        assertThat(FreshRecomputeBenchmark.processCpu(
                "502 ms (open 62 + recompute 439; 527 events; process CPU -1 ms)")).isEqualTo(-1);
        assertThat(FreshRecomputeBenchmark.processCpu("child failed")).isEqualTo(-1);
        String line = "475 ms (open 62 + recompute 413; 527 events; process CPU 1020 ms, kernel 150)";
        assertThat(FreshRecomputeBenchmark.processCpu(line)).isEqualTo(1020);
        assertThat(FreshRecomputeBenchmark.number(line, "kernel ")).isEqualTo(150);
        assertThat(FreshRecomputeBenchmark.number("502 ms (process CPU 1010 ms)", "kernel ")).isEqualTo(-1);
    }

    @Test
    @DisplayName("the kernel's part of this process's CPU is read from /proc on Linux, and is never negative there")
    void kernelCpu() {
        long kernel = FreshRecomputeBenchmark.kernelCpuMillis();
        if (java.nio.file.Files.isReadable(java.nio.file.Path.of("/proc/self/stat"))) {
            assertThat(kernel).isBetween(0L, 3_600_000L);
        } else {
            assertThat(kernel).isEqualTo(-1L);
        }
    }
}
