package org.f1pipeline.testkit.fake;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the real recordings (../shared/realdata); tests skip when the folder is absent (fresh clone). */
final class RealData {
    private RealData() {
    }

    static Path dir() {
        String env = System.getenv("F1_REALDATA_DIR");
        Path p = env != null && !env.isBlank() ? Path.of(env) : Path.of("..", "..", "shared", "realdata");
        if (!Files.isDirectory(p)) {
            p = Path.of("..", "..", "shared", "realdata");
        }
        assumeTrue(Files.isDirectory(p), "real recordings not found at " + p.toAbsolutePath()
                + " (set F1_REALDATA_DIR); skipping conformance check");
        return p;
    }

    static Path file(String relative) {
        Path p = dir().resolve(relative);
        assumeTrue(Files.isRegularFile(p), "real recording missing: " + p + "; skipping");
        return p;
    }
}
