package org.f1pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.f1pipeline.fetch.FetchConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The version is written once, in the POM; the library reads it from the jar's filtered resource. */
class LibraryVersionTest {

    @Test
    @DisplayName("F1Pipeline.VERSION is the version in f1-core's POM, and the default User-Agent carries it")
    void versionComesFromThePom() throws IOException {
        // Surefire runs with the module folder as working directory.
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher parent = Pattern.compile("<parent>.*?<version>([^<]+)</version>.*?</parent>", Pattern.DOTALL)
                .matcher(pom);
        assertThat(parent.find()).as("f1-core's pom.xml names its parent's version").isTrue();

        assertThat(F1Pipeline.VERSION).isEqualTo(parent.group(1)).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(FetchConfig.ofDefaults().userAgent())
                .isEqualTo("f1pipeline/" + parent.group(1) + " (java.net.http)");
    }
}
