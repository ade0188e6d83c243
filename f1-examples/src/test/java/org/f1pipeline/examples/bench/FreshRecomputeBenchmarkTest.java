package org.f1pipeline.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The benchmark's summary reads each child's process CPU back from the line the child prints. */
class FreshRecomputeBenchmarkTest {

    @Test
    @DisplayName("a child's line gives its process CPU; an unmeasured or missing one reads as -1")
    void processCpu() {
        assertThat(FreshRecomputeBenchmark.processCpu(
                "502 ms (open 62 + recompute 439; 527 events; process CPU 1010 ms)")).isEqualTo(1010);
        assertThat(FreshRecomputeBenchmark.processCpu(
                "502 ms (open 62 + recompute 439; 527 events; process CPU -1 ms)")).isEqualTo(-1);
        assertThat(FreshRecomputeBenchmark.processCpu("child failed")).isEqualTo(-1);
    }
}
