package org.f1pipeline.examples.cli;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Loads, without initialising them, the classes any command may need, in the one run that writes the launcher's
 * class-data archive or records its AOT cache ({@code bin/f1} sets {@value #PROPERTY} for that run only; decision
 * D105). Why: the JVM archives the classes loaded by that run, and the run is the user's first command with a new
 * jar, whatever it is. After a first {@code f1 --version}, every later {@code f1 recompute} loaded and verified
 * some 700 classes from the jar again, each time: 61 ms of the whole command (median of 12 random-order rounds),
 * as much as an archive written by a recompute itself saves. The packages are the CLI's and the library's (not the
 * test kit, which only the demo uses, nor the benchmarks), SQLite's driver and the logging API; the PostgreSQL
 * driver and picocli's rarely used classes are left to the commands that load them, since a larger archive costs
 * every command (12.8 MB with them against 8.7: {@code f1 --version} 6 ms slower still). Loading runs no static
 * initialiser, and nothing here can change the command's output or exit status: every failure is ignored.
 */
final class ArchivePreload {

    /** The system property that asks for it. */
    static final String PROPERTY = "f1.archive.preload";
    private static final List<String> PACKAGES = List.of("org/f1pipeline/", "org/sqlite/", "org/slf4j/");
    private static final List<String> LEFT_OUT = List.of("org/f1pipeline/testkit/", "org/f1pipeline/examples/bench/");

    private ArchivePreload() {
    }

    /** When {@value #PROPERTY} is {@code true} and this class runs from a jar: loads its classes; else nothing. */
    static void runIfAsked() {
        if (!Boolean.getBoolean(PROPERTY)) {
            return;
        }
        try {
            CodeSource source = ArchivePreload.class.getProtectionDomain().getCodeSource();
            File jar = source == null ? null : new File(source.getLocation().toURI());
            if (jar != null && jar.isFile()) {
                load(jar, ArchivePreload.class.getClassLoader());
            }
        } catch (URISyntaxException | IOException | RuntimeException | LinkageError e) {
            // the archive then holds what the command loaded, as before
        }
    }

    /** Loads the classes of {@code jar} in the preloaded packages with {@code loader}; returns how many loaded. */
    static int load(File jar, ClassLoader loader) throws IOException {
        int loaded = 0;
        try (JarFile file = new JarFile(jar)) {
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (!name.endsWith(".class") || name.endsWith("-info.class") || !wanted(name)) {
                    continue;
                }
                try {
                    Class.forName(name.substring(0, name.length() - ".class".length()).replace('/', '.'), false,
                            loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // an optional dependency that is not in the jar (e.g. the PostgreSQL driver's OSGi support)
                }
            }
        }
        return loaded;
    }

    private static boolean wanted(String entry) {
        for (String out : LEFT_OUT) {
            if (entry.startsWith(out)) {
                return false;
            }
        }
        for (String in : PACKAGES) {
            if (entry.startsWith(in)) {
                return true;
            }
        }
        return false;
    }
}
