package org.f1pipeline.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Runs {@code f1-examples/jshell/quickstart.jsh} with the JDK's {@code jshell}, as the README tells a new user to,
 * and checks that it loads the demo, prints both tables and a driver's contributions, and ends without error. The
 * class path is this module's with WireMock left out: the demo is served in-process, without the fake servers, so
 * the README's line with only {@code f1.jar} works the same way.
 */
class JShellQuickstartTest {

    private static final Path SCRIPT = Path.of("jshell", "quickstart.jsh");

    @Test
    @DisplayName("jshell runs the quick start without error")
    void quickstart() throws IOException, InterruptedException {
        assertThat(SCRIPT).as("run from the f1-examples module folder").exists();
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        assertThat(jshell).as("jshell of the running JDK").exists();
        Path log = Files.createTempFile("jshell-quickstart", ".log");
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("wiremock")).collect(Collectors.joining(File.pathSeparator));
        assertThat(classPath).doesNotContain("wiremock").contains("f1-testkit");
        Process p = new ProcessBuilder(List.of(jshell.toString(), "--class-path",
                classPath, "-J-Dfile.encoding=UTF-8", "-R-Dfile.encoding=UTF-8",
                SCRIPT.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        p.getOutputStream().close();
        boolean finished = p.waitFor(5, TimeUnit.MINUTES);
        String out = Files.readString(log, StandardCharsets.UTF_8);
        if (!finished) {
            p.destroyForcibly();
        }
        assertThat(finished).as(out).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains(Demo.BANNER)
                .containsPattern("Loaded in \\d+\\.\\d s: 66 jobs, 24 rounds of 2024")
                .contains("Demo[SYNTHETIC 2024 season, 66 jobs, 207 requests; nextRace 2024-13, nextSprint 2024-19;")
                .contains("2024-13 Hungarian Grand Prix - grand prix").contains("rank 1, win probability")
                .contains("2024-19 United States Grand Prix - sprint").contains("compute_season_stats: {")
                .doesNotContain("Error:").doesNotContain("Exception").doesNotContain("NoClassDefFoundError")
                .doesNotContain("cannot find symbol");
        Files.deleteIfExists(log);
    }
}
