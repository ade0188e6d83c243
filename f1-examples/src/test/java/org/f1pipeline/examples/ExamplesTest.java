package org.f1pipeline.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import org.f1pipeline.job.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every per-job example runs its {@code main} without error and reports what its job wrote. */
class ExamplesTest {

    /** The example class of a job: {@code sync_schedule} -> {@code SyncScheduleExample}. */
    static String exampleOf(Job job) {
        StringBuilder name = new StringBuilder();
        for (String part : job.jobName().split("_")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return ExamplesTest.class.getPackageName() + "." + name + "Example";
    }

    static Stream<Job> jobs() {
        return Arrays.stream(Job.values());
    }

    @Test
    @DisplayName("there is one example per job (14)")
    void onePerJob() throws ReflectiveOperationException {
        assertThat(Job.values()).hasSize(14);
        for (Job job : Job.values()) {
            assertThat(Class.forName(exampleOf(job)).getMethod("main", String[].class)).isNotNull()
                    .as(job.jobName());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("jobs")
    @DisplayName("the example runs and prints the job's report")
    void runs(Job job) throws Exception {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Class.forName(exampleOf(job)).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } finally {
            System.setOut(original);
        }
        String out = captured.toString(StandardCharsets.UTF_8);
        original.print(out);
        assertThat(out).contains("synthetic data").contains(job.jobName() + " {");
        assertThat(out.toLowerCase(Locale.ROOT)).doesNotContain("exception");
    }
}
