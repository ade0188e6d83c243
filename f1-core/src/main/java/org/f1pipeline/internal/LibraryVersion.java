package org.f1pipeline.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The library's version, read from {@code version.properties}, which the build writes from the POM's version
 * (resource filtering): the POM is the only place the version is written. Internal API; users read
 * {@code F1Pipeline.VERSION}.
 */
public final class LibraryVersion {

    private static final String RESOURCE = "version.properties";

    /** The version of this build, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static final String VERSION = load();

    private LibraryVersion() {
    }

    /** The default HTTP User-Agent: {@code f1pipeline/<version> (java.net.http)}. */
    public static String userAgent() {
        return "f1pipeline/" + VERSION + " (java.net.http)";
    }

    private static String load() {
        try (InputStream in = LibraryVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                // Only when the classes run without the build's resources (an IDE that skips filtering).
                throw new IllegalStateException(RESOURCE + " is missing next to " + LibraryVersion.class.getName()
                        + ": build f1-core with Maven, which writes it from the POM's version");
            }
            Properties p = new Properties();
            p.load(in);
            String version = p.getProperty("version", "").strip();
            if (version.isEmpty() || version.startsWith("${")) {
                throw new IllegalStateException(RESOURCE + " holds no filtered version (" + version + ")");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
