package org.f1pipeline.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a main class of the test class path in a child JVM and collects its output. */
final class ChildJvm {

    /**
     * What the child printed and how it ended.
     *
     * @param exitCode its exit code
     * @param output   stdout and stderr, merged
     */
    record Result(int exitCode, String output) {
    }

    private final Process process;

    private ChildJvm(Process process) {
        this.process = process;
    }

    /** Starts {@code mainClass} with {@code jvmArgs} (e.g. {@code -Xmx256m}) and {@code args}. */
    static ChildJvm start(List<String> jvmArgs, Class<?> mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass.getName());
        cmd.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(cmd).redirectErrorStream(true).start());
    }

    /** Waits for the child (killing it after {@code seconds}) and returns what it printed. */
    Result await(long seconds) throws IOException, InterruptedException {
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("child JVM did not finish in " + seconds + " s: "
                    + new String(out, StandardCharsets.UTF_8));
        }
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
