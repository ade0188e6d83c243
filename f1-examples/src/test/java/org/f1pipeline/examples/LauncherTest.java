package org.f1pipeline.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code f1} launcher ({@code f1-examples/bin/f1}, decision D86) with a small stand-in for {@code f1.jar} (a
 * program that prints one JSON line and exits with the status it is given): the class-data archive it keeps in the
 * user's cache, and a standard output that holds only what the program printed.
 */
@DisabledOnOs(OS.WINDOWS) // a POSIX shell script
class LauncherTest {

    private static final Path LAUNCHER = Path.of("bin", "f1").toAbsolutePath();

    @TempDir
    static Path work;
    private static Path jar;

    @BeforeAll
    static void buildJar() throws IOException {
        Path src = work.resolve("src/Stand.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, """
                public class Stand {
                    public static void main(String[] args) {
                        System.out.println("{\\"ok\\":" + args[0] + "}");
                        System.exit(Integer.parseInt(args[0]));
                    }
                }
                """);
        Path classes = work.resolve("classes");
        Files.createDirectories(classes);
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                src.toString())).isZero();
        jar = work.resolve("stand.jar");
        writeJar(jar, Files.readAllBytes(classes.resolve("Stand.class")), false);
    }

    /** The stand-in jar; {@code rebuilt} adds an entry, so that the jar has other bytes, as after a rebuild. */
    private static void writeJar(Path file, byte[] mainClass, boolean rebuilt) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Stand");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(file), manifest)) {
            out.putNextEntry(new JarEntry("Stand.class"));
            out.write(mainClass);
            out.closeEntry();
            if (rebuilt) {
                out.putNextEntry(new JarEntry("rebuilt.txt"));
                out.write("rebuilt".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
    }

    private record Run(int status, String out, String err) {
    }

    private static Run run(Path cacheDir, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(work, "out", ".txt");
        Path err = Files.createTempFile(work, "err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of("sh", LAUNCHER.toString()),
                Stream.of(args)).toList()).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("F1_JAR", jar.toString());
        pb.environment().put("F1_CDS_DIR", cacheDir.toString());
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        pb.environment().remove("F1_JAVA_OPTS");
        pb.environment().remove("F1_CDS");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /**
     * A stand-in java that prints its arguments, in a JDK folder {@code name} without {@code lib/server/classes.jsa}
     * (so the launcher treats it as a JVM without class-data sharing); its home folder.
     */
    private static Path echoJava(String name) throws IOException {
        Path home = work.resolve(name);
        Path java = home.resolve("bin/java");
        Files.createDirectories(java.getParent());
        Files.writeString(java, "#!/bin/sh\necho \"$@\"\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        return home;
    }

    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Nested
    @DisplayName("The class-data archive")
    class Archive {

        @Test
        @DisplayName("is written by the first successful run, and the next run maps it")
        void writtenThenUsed() throws Exception {
            Path cache = work.resolve("cache-ok");
            Run first = run(cache, Map.of(), "0");
            assertThat(first.status()).isZero();
            assertThat(first.out()).isEqualTo("{\"ok\":0}\n");
            assertThat(first.err()).as("the dump's notes stay out of the output").isEmpty();
            List<Path> archives = files(cache);
            assertThat(archives).hasSize(1);
            assertThat(archives.get(0).getFileName().toString()).endsWith(".jsa").doesNotContain(".tmp");

            // -Xshare:on makes the JVM fail rather than run without the archive: this run proves it maps.
            Run second = run(cache, Map.of("F1_JAVA_OPTS", "-Xshare:on"), "0");
            assertThat(second.status()).as(second.err()).isZero();
            assertThat(second.out()).isEqualTo("{\"ok\":0}\n");
            assertThat(files(cache)).isEqualTo(archives);
        }

        @Test
        @DisplayName("is left out, with the JVM's log options, for a java that is not a HotSpot JDK with sharing")
        void otherJvm() throws Exception {
            Path home = echoJava("other-jdk");
            Path cache = work.resolve("cache-other");
            Run run = run(cache, Map.of("JAVA_HOME", home.toString()), "0");
            assertThat(run.status()).isZero();
            assertThat(run.out()).contains("-jar " + jar + " 0").doesNotContain("-XX:SharedArchiveFile")
                    .doesNotContain("-XX:ArchiveClassesAtExit").doesNotContain("-Xlog");
            assertThat(files(cache)).isEmpty();
        }

        @Test
        @DisplayName("is not kept from a failed run, whose status passes through")
        void notFromFailure() throws Exception {
            Path cache = work.resolve("cache-fail");
            Run failed = run(cache, Map.of(), "3");
            assertThat(failed.status()).isEqualTo(3);
            assertThat(failed.out()).isEqualTo("{\"ok\":3}\n");
            assertThat(files(cache)).isEmpty();
        }

        @Test
        @DisplayName("is neither read nor written with F1_CDS=off")
        void off() throws Exception {
            Path cache = work.resolve("cache-off");
            Run run = run(cache, Map.of("F1_CDS", "off"), "0");
            assertThat(run.status()).isZero();
            assertThat(run.out()).isEqualTo("{\"ok\":0}\n");
            assertThat(files(cache)).isEmpty();
        }

        @Test
        @DisplayName("is written anew for a rebuilt jar, replacing the old build's")
        void newJar() throws Exception {
            Path cache = work.resolve("cache-new");
            assertThat(run(cache, Map.of(), "0").status()).isZero();
            List<Path> before = files(cache);
            // A rebuild: other bytes, a later time.
            byte[] main = Files.readAllBytes(work.resolve("classes/Stand.class"));
            FileTime built = Files.getLastModifiedTime(jar);
            writeJar(jar, main, true);
            Files.setLastModifiedTime(jar, FileTime.fromMillis(built.toMillis() + 5_000));
            try {
                Run rebuilt = run(cache, Map.of(), "0");
                assertThat(rebuilt.status()).as(rebuilt.err()).isZero();
                assertThat(rebuilt.err()).isEmpty();
                List<Path> after = files(cache);
                assertThat(after).as("the old build's archive is replaced").hasSize(1)
                        .doesNotContainAnyElementsOf(before);
                Run again = run(cache, Map.of("F1_JAVA_OPTS", "-Xshare:on"), "0");
                assertThat(again.status()).as(again.err()).isZero();
            } finally {
                writeJar(jar, main, false);
            }
        }
    }

    /**
     * A stand-in JDK 25 whose java acts out the AOT protocol: a recording run writes the configuration it is given,
     * prints its arguments and exits with the status its last argument names; a {@code -XX:AOTMode=create} run
     * prints a line (which the launcher must discard) and writes the cache. Its home folder.
     */
    private static Path aotJava(String name) throws IOException {
        Path home = echoJava(name);
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"stand-in\"\nJAVA_VERSION=\"25.0.1\"\n");
        Files.createDirectories(home.resolve("lib/server"));
        Files.writeString(home.resolve("lib/server/classes.jsa"), "");
        Files.writeString(home.resolve("bin/java"), """
                #!/bin/sh
                for a in "$@"; do
                    case "$a" in
                        -XX:AOTConfiguration=*) conf=${a#*=} ;;
                        -XX:AOTCache=*) cache=${a#*=} ;;
                        -XX:AOTMode=create) create=1 ;;
                    esac
                done
                if [ -n "$create" ]; then echo "creating $cache"; printf cache > "$cache"; exit 0; fi
                if [ -n "$conf" ]; then printf conf > "$conf"; fi
                echo "$@"
                eval "status=\\${$#}"
                exit "$status"
                """);
        return home;
    }

    /** A JDK of feature release 25 or later on this machine (its home), or null. */
    private static Path jdk25() throws IOException {
        Path jvms = Path.of("/usr/lib/jvm");
        for (Path home : files(jvms)) {
            Path release = home.resolve("release");
            if (Files.isRegularFile(release) && Files.isExecutable(home.resolve("bin/java"))) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("JAVA_VERSION=\"(\\d+)")
                        .matcher(Files.readString(release));
                if (m.find() && Integer.parseInt(m.group(1)) >= 25) {
                    return home;
                }
            }
        }
        return null;
    }

    @Nested
    @DisplayName("The AOT cache (JDK 25 and later)")
    class AotCache {

        @Test
        @DisplayName("is recorded by the first successful run, made by a second JVM whose output is discarded,"
                + " and given to the next run")
        void recordedThenUsed() throws Exception {
            Map<String, String> env = Map.of("JAVA_HOME", aotJava("aot-jdk").toString());
            Path cache = work.resolve("cache-aot");
            Run first = run(cache, env, "0");
            assertThat(first.status()).isZero();
            assertThat(first.out()).as("only the command's output").contains("-XX:AOTMode=record")
                    .contains("-XX:+DisplayVMOutputToStderr").doesNotContain("creating").doesNotContain("AOTCache=")
                    .as("the recording run loads every command's classes (D105)")
                    .contains("-Df1.archive.preload=true");
            List<Path> caches = files(cache);
            assertThat(caches).hasSize(1);
            assertThat(caches.get(0).getFileName().toString()).endsWith(".aot");
            assertThat(Files.readString(caches.get(0))).isEqualTo("cache");

            Run second = run(cache, env, "0");
            assertThat(second.out()).contains("-XX:AOTCache=" + caches.get(0) + " ")
                    .doesNotContain("AOTMode").doesNotContain("SharedArchiveFile").doesNotContain("preload");
            assertThat(files(cache)).isEqualTo(caches);
        }

        @Test
        @DisplayName("is kept per set of JVM options, since the JVM refuses a cache made with another heap mode")
        void perOptions() throws Exception {
            Map<String, String> env = Map.of("JAVA_HOME", aotJava("aot-jdk-opts").toString());
            Path cache = work.resolve("cache-aot-opts");
            run(cache, env, "0");
            List<Path> plain = files(cache);
            Map<String, String> bigHeap = new java.util.HashMap<>(env);
            bigHeap.put("F1_JAVA_OPTS", "-Xmx40g");
            assertThat(run(cache, bigHeap, "0").out()).contains("-XX:AOTMode=record");
            assertThat(files(cache)).hasSize(2).containsAll(plain);
            assertThat(run(cache, bigHeap, "0").out()).contains("-XX:AOTCache=").doesNotContain("AOTMode");
            assertThat(run(cache, env, "0").out()).contains("-XX:AOTCache=" + plain.get(0) + " ");
        }

        @Test
        @DisplayName("is not made from a failed run, whose status passes through")
        void notFromFailure() throws Exception {
            Map<String, String> env = Map.of("JAVA_HOME", aotJava("aot-jdk-fail").toString());
            Path cache = work.resolve("cache-aot-fail");
            Run failed = run(cache, env, "3");
            assertThat(failed.status()).isEqualTo(3);
            assertThat(failed.out()).contains("-XX:AOTMode=record").doesNotContain("creating");
            assertThat(files(cache)).as("neither the configuration nor a cache is left").isEmpty();
        }

        @Test
        @DisplayName("works with a real JDK 25: stdout is the program's, and the next run maps the cache")
        void realJdk() throws Exception {
            Path jdk = jdk25();
            org.junit.jupiter.api.Assumptions.assumeTrue(jdk != null, "no JDK 25 or later in /usr/lib/jvm");
            Path cache = work.resolve("cache-aot-real");
            Run first = run(cache, Map.of("JAVA_HOME", jdk.toString()), "0");
            assertThat(first.status()).as(first.err()).isZero();
            assertThat(first.out()).isEqualTo("{\"ok\":0}\n");
            assertThat(first.err()).startsWith(" AOTConfiguration recorded: ").doesNotContain("warning");
            List<Path> caches = files(cache);
            assertThat(caches).hasSize(1);
            assertThat(caches.get(0).getFileName().toString()).endsWith(".aot");
            // AOTMode=on makes the JVM fail rather than run without the cache: this run proves it maps. Given through
            // JAVA_TOOL_OPTIONS, which the launcher does not see (F1_JAVA_OPTS would select another cache).
            Run second = run(cache, Map.of("JAVA_HOME", jdk.toString(), "JAVA_TOOL_OPTIONS", "-XX:AOTMode=on"), "0");
            assertThat(second.status()).as(second.err()).isZero();
            assertThat(second.out()).isEqualTo("{\"ok\":0}\n");
            assertThat(files(cache)).isEqualTo(caches);
        }
    }

    @Nested
    @DisplayName("The heap options (f1.heapopts)")
    class Heap {

        private static final String HEAP_FILE = "@" + LAUNCHER.resolveSibling("f1.heapopts");

        /** The arguments bin/f1 passes to java, printed by a stand-in java. */
        private String javaArguments(Map<String, String> env) throws Exception {
            Path home = echoJava("echo-jdk");
            Map<String, String> all = new java.util.HashMap<>(env);
            all.put("JAVA_HOME", home.toString());
            Run run = run(work.resolve("cache-heap"), all, "0");
            assertThat(run.status()).isZero();
            return run.out();
        }

        @Test
        @DisplayName("are passed on a machine with 2 GB or more, the heap not being sized by F1_JAVA_OPTS")
        void passedByDefault() throws Exception {
            long memory = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean()).getTotalMemorySize();
            String args = javaArguments(Map.of("F1_JAVA_OPTS", "-Xss2m"));
            if (memory >= 2L << 30) {
                assertThat(args).contains(HEAP_FILE + " ").contains("-Xss2m");
            } else {
                assertThat(args).doesNotContain("f1.heapopts");
            }
        }

        @Test
        @DisplayName("are left out when F1_JAVA_OPTS sizes the heap, so that a small -Xmx still starts the JVM")
        void leftOutForUserHeap() throws Exception {
            for (String opts : List.of("-Xmx200m", "-Dx=1 -Xms32m", "-Xmn8m", "-XX:MaxHeapSize=300m",
                    "-XX:MaxRAMPercentage=10")) {
                assertThat(javaArguments(Map.of("F1_JAVA_OPTS", opts))).as(opts).doesNotContain("f1.heapopts")
                        .contains(opts);
            }
            // With the real java: an -Xmx below f1.heapopts' -Xms would stop it.
            Run run = run(work.resolve("cache-xmx"), Map.of("F1_JAVA_OPTS", "-Xmx200m", "F1_CDS", "off"), "0");
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).isEqualTo("{\"ok\":0}\n");
        }
    }

    @Nested
    @DisplayName("The compiler options (f1.jitopts)")
    class Jit {

        @Test
        @DisplayName("are passed by default, and left out when F1_JAVA_OPTS turns C2 back on, which then starts")
        void leftOutForUserJit() throws Exception {
            String file = "@" + LAUNCHER.resolveSibling("f1.jitopts");
            Path home = echoJava("echo-jdk-jit");
            Path cache = work.resolve("cache-jit");
            assertThat(run(cache, Map.of("JAVA_HOME", home.toString()), "0").out()).contains(file + " ");
            Run echoed = run(cache, Map.of("JAVA_HOME", home.toString(), "F1_JAVA_OPTS", "-XX:TieredStopAtLevel=4"),
                    "0");
            assertThat(echoed.out()).doesNotContain("f1.jitopts").contains("-XX:TieredStopAtLevel=4");
            // With the real java: a single compiler thread and C2 would stop it.
            Run real = run(work.resolve("cache-jit-real"), Map.of("F1_JAVA_OPTS", "-XX:TieredStopAtLevel=4",
                    "F1_CDS", "off"), "0");
            assertThat(real.status()).as(real.err()).isZero();
            assertThat(real.out()).isEqualTo("{\"ok\":0}\n");
        }
    }
}
