package org.f1pipeline.examples.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a benchmark's child JVM: the {@code java} of this JVM with the JVM options the {@code f1}
 * command runs with ({@code f1-examples/bin/f1.jvmopts}, passed as the same {@code @file}, and transparent huge
 * pages when the kernel offers them, as {@code bin/f1} decides; {@code -Df1.jvmopts=}
 * names another file, {@code -Df1.jvmopts=none} runs the child with the JVM's defaults), so that a child measures
 * what the CLI does.
 */
final class CliJvm {

    private CliJvm() {
    }

    /** {@code java [@options] -cp <this class path> <main> <args...>}. */
    static List<String> command(Class<?> main, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path options = options();
        if (options != null) {
            cmd.add("@" + options);
            if (transparentHugePages()) {
                cmd.add("-XX:+UseTransparentHugePages"); // as bin/f1 adds it
            }
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(args);
        return cmd;
    }

    /** What the children run with, for the benchmark's header. */
    static String describe() {
        Path options = options();
        return options == null ? "JVM defaults (-Df1.jvmopts=none)" : "the f1 command's JVM options (@" + options
                + (transparentHugePages() ? " -XX:+UseTransparentHugePages" : "") + ")";
    }

    /** Whether the kernel gives transparent huge pages to a process that asks ({@code always} or {@code madvise}). */
    static boolean transparentHugePages() {
        try {
            String mode = Files.readString(Path.of("/sys/kernel/mm/transparent_hugepage/enabled"));
            return mode.contains("[always]") || mode.contains("[madvise]");
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    private static Path options() {
        String name = System.getProperty("f1.jvmopts", "f1-examples/bin/f1.jvmopts");
        if (name.equals("none")) {
            return null;
        }
        Path path = Path.of(name).toAbsolutePath();
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException(path + " not found: run from the repository root, or pass"
                    + " -Df1.jvmopts=<file> (or none)");
        }
        return path;
    }
}
