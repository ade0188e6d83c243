package org.f1pipeline.examples.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a benchmark's child JVM: the {@code java} of this JVM with the JVM options the {@code f1}
 * command runs with ({@code f1-examples/bin/f1.jvmopts}, passed as the same {@code @file}, with {@code f1.heapopts}
 * and {@code f1.jitopts} beside it as the launcher adds them (on a machine with 2 GB or more, and without JIT
 * options in {@code F1_JAVA_OPTS}), and transparent huge
 * pages when the kernel offers them, as {@code bin/f1} decides; {@code -Df1.jvmopts=}
 * names another file, {@code -Df1.jvmopts=none} runs the child with the JVM's defaults), so that a child measures
 * what the CLI does. With an archive ({@link #command(Class, List, Path)}), the child also runs as {@code bin/f1}
 * runs a user's second and later commands (decision D86): from the build's {@code f1.jar}, mapping a class-data
 * archive that the first such child writes ({@code -Df1.cds=off}: no archive, the class path of this JVM).
 */
final class CliJvm {

    private CliJvm() {
    }

    /** {@code java [@options] -cp <this class path> <main> <args...>}. */
    static List<String> command(Class<?> main, List<String> args) {
        return command(main, args, null);
    }

    /**
     * As {@link #command(Class, List)}, and when {@code archive} is given (and class-data sharing not turned off),
     * from the build's {@code f1.jar} with that class-data archive: mapped when the file exists, else written when
     * the child exits (the benchmarks stop at a failed child, and their archive lives in their own temporary
     * folder).
     */
    static List<String> command(Class<?> main, List<String> args, Path archive) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path options = options();
        if (options != null) {
            cmd.add("@" + options);
            Path heap = beside(options, "f1.heapopts");
            if (heap != null) {
                cmd.add("@" + heap); // as bin/f1 adds it on a machine with 2 GB or more, as this one
            }
            Path jit = beside(options, "f1.jitopts");
            if (jit != null) {
                cmd.add("@" + jit); // as bin/f1 adds it unless F1_JAVA_OPTS changes the JIT
            }
            if (transparentHugePages()) {
                cmd.add("-XX:+UseTransparentHugePages"); // as bin/f1 adds it
            }
        }
        Path jar = archive == null ? null : jar();
        if (aotCache()) {
            cmd.add("--enable-native-access=ALL-UNNAMED"); // as f1.jar's manifest does for java -jar
        }
        if (jar != null) {
            cmd.add("-Xlog:disable");
            if (Files.exists(archive)) {
                cmd.add("-Xlog:all=warning:stderr");
                cmd.add((aotCache() ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=") + archive);
            } else if (aotCache()) {
                cmd.add("-Xlog:all=warning,cds*=off,aot*=off:stderr");
                cmd.addAll(List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + configuration(archive),
                        "-XX:+DisplayVMOutputToStderr"));
            } else {
                cmd.add("-Xlog:all=warning,cds*=off:stderr");
                cmd.add("-XX:ArchiveClassesAtExit=" + archive);
            }
        }
        cmd.add("-cp");
        cmd.add(jar != null ? jar.toString() : System.getProperty("java.class.path"));
        cmd.add(main.getName());
        cmd.addAll(args);
        return cmd;
    }

    /**
     * Whether the children keep an AOT cache rather than a class-data archive: on JDK 25 and later, as {@code bin/f1}
     * does (decision D91). The children run the java of this JVM.
     */
    static boolean aotCache() {
        return Runtime.version().feature() >= 25;
    }

    /** The children's archive file in {@code dir}: {@code f1.aot} or {@code f1.jsa}. */
    static Path archiveIn(Path dir) {
        return dir.resolve(aotCache() ? "f1.aot" : "f1.jsa");
    }

    /**
     * After the first child of {@link #command(Class, List, Path)}: on JDK 25 and later, makes the AOT cache from the
     * configuration that child recorded, with a JVM of its own whose output is discarded, as {@code bin/f1} does.
     * Nothing to do for a class-data archive, which the child wrote itself.
     */
    static void finishArchive(Path archive) throws IOException, InterruptedException {
        Path conf = configuration(archive);
        if (!aotCache() || !Files.exists(conf)) {
            return;
        }
        List<String> cmd = new ArrayList<>(command(CliJvm.class, List.of(), null));
        cmd.subList(cmd.size() - 3, cmd.size()).clear(); // -cp <class path> <main>: replaced below
        cmd.addAll(List.of("-Xlog:disable", "-Xlog:all=off", "-XX:AOTMode=create", "-XX:AOTConfiguration=" + conf,
                "-XX:AOTCache=" + archive, "-cp", jar().toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        int status = p.waitFor();
        Files.deleteIfExists(conf);
        if (status != 0 || !Files.exists(archive)) {
            throw new IllegalStateException("the AOT cache was not made (status " + status + "): " + cmd);
        }
    }

    private static Path configuration(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".conf");
    }

    /** What the children run with, for the benchmark's header. */
    static String describe() {
        Path options = options();
        return options == null ? "JVM defaults (-Df1.jvmopts=none)" : "the f1 command's JVM options (@" + options
                + (beside(options, "f1.heapopts") != null ? " @" + beside(options, "f1.heapopts") : "")
                + (beside(options, "f1.jitopts") != null ? " @" + beside(options, "f1.jitopts") : "")
                + (transparentHugePages() ? " -XX:+UseTransparentHugePages" : "") + ")";
    }

    /**
     * The build's {@code f1.jar} (beside the {@code classes} folder this JVM runs from), or null when class-data
     * sharing is off ({@code -Df1.cds=off}) or there is no jar (then the children run without an archive).
     */
    static Path jar() {
        if (System.getProperty("f1.cds", "on").equals("off")) {
            return null;
        }
        String first = System.getProperty("java.class.path").split(java.io.File.pathSeparator)[0];
        Path jar = Path.of(first).toAbsolutePath().getParent().resolve("f1.jar");
        return Files.isRegularFile(jar) ? jar : null;
    }

    /** The {@code f1} launcher beside the options file ({@code f1-examples/bin/f1}), or null. */
    static Path launcher() {
        Path options = options();
        return options == null ? null : beside(options, "f1");
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

    /** The options file {@code name} beside {@code options} ({@code f1.heapopts}, {@code f1.jitopts}: D89), or null. */
    private static Path beside(Path options, String name) {
        Path file = options.resolveSibling(name);
        return Files.isRegularFile(file) ? file : null;
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
