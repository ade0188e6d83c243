package org.f1pipeline.examples.cli.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

@DisplayName("The f1 command's log binding")
class StderrLoggingTest {

    private static LogLevels levels(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return LogLevels.from(p);
    }

    @Nested
    @DisplayName("levels")
    class Levels {

        @Test
        @DisplayName("are WARN by default, with the backfill's own lines off, as the CLI had them")
        void defaults() {
            LogLevels levels = levels();
            assertThat(levels.of("org.f1pipeline.fetch.internal.JdkHttpFetcher")).isEqualTo(StderrLogger.WARN);
            assertThat(levels.of("org.f1pipeline.backfill.internal.BackfillRunner")).isEqualTo(LogLevels.OFF);
            assertThat(levels.of("org.f1pipeline.backfillish.X")).as("a prefix ends at a dot")
                    .isEqualTo(StderrLogger.WARN);
        }

        @Test
        @DisplayName("follow slf4j-simple's properties, the most specific prefix winning, any case")
        void properties() {
            LogLevels levels = levels(LogLevels.DEFAULT_PROPERTY, "INFO",
                    LogLevels.PREFIX + "org.f1pipeline", "error",
                    LogLevels.PREFIX + "org.f1pipeline.fetch", "debug",
                    LogLevels.PREFIX + "org.f1pipeline.backfill", "info",
                    LogLevels.PREFIX + "org.sqlite", "nonsense");
            assertThat(levels.of("com.example.App")).isEqualTo(StderrLogger.INFO);
            assertThat(levels.of("org.f1pipeline.model.ModelEngine")).isEqualTo(StderrLogger.ERROR);
            assertThat(levels.of("org.f1pipeline.fetch.internal.RetryingFetcher")).isEqualTo(StderrLogger.DEBUG);
            assertThat(levels.of("org.f1pipeline.fetch")).isEqualTo(StderrLogger.DEBUG);
            assertThat(levels.of("org.f1pipeline.backfill.internal.BackfillRunner")).isEqualTo(StderrLogger.INFO);
            assertThat(levels.of("org.sqlite.JDBC")).as("an unknown level means INFO, as in slf4j-simple")
                    .isEqualTo(StderrLogger.INFO);
            assertThat(levels(LogLevels.DEFAULT_PROPERTY, "off").of("com.example.App")).isEqualTo(LogLevels.OFF);
        }
    }

    @Nested
    @DisplayName("lines")
    class Lines {

        private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
        private PrintStream original;

        @BeforeEach
        void capture() {
            original = System.err;
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        }

        @AfterEach
        void restore() {
            System.setErr(original);
        }

        private String err() {
            return captured.toString(StandardCharsets.UTF_8);
        }

        @Test
        @DisplayName("carry the time, the level, the short name and the formatted message, at or above the threshold")
        void format() {
            StderrLogger logger = new StderrLogger("org.f1pipeline.fetch.internal.RetryingFetcher", StderrLogger.INFO);
            logger.debug("not shown {}", 1);
            logger.info("retry {} of {} for {}", 2, 5, "https://api.jolpi.ca/ergast/f1/2024.json");
            logger.warn("plain");
            String[] lines = err().split(System.lineSeparator());
            assertThat(lines).hasSize(2);
            assertThat(lines[0]).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO RetryingFetcher - retry 2 of 5 for"
                    + " https://api\\.jolpi\\.ca/ergast/f1/2024\\.json");
            assertThat(lines[1]).endsWith(" WARN RetryingFetcher - plain");
            assertThat(logger.isDebugEnabled()).isFalse();
            assertThat(logger.isInfoEnabled()).isTrue();
            assertThat(new StderrLogger("x", LogLevels.OFF).isErrorEnabled()).isFalse();
        }

        @Test
        @DisplayName("write the time of day with zero padding")
        void time() {
            StderrLogger logger = new StderrLogger("Top", StderrLogger.TRACE);
            assertThat(logger.line(LocalTime.of(7, 5, 9, 45_000_000), Level.ERROR, "boom"))
                    .isEqualTo("07:05:09.045 ERROR Top - boom" + System.lineSeparator());
            assertThat(logger.line(LocalTime.of(23, 59, 59, 999_999_999), Level.TRACE, null))
                    .isEqualTo("23:59:59.999 TRACE Top - null" + System.lineSeparator());
        }

        @Test
        @DisplayName("are followed by the stack trace of a throwable, the last argument included")
        void throwable() {
            StderrLogger logger = new StderrLogger("a.B", StderrLogger.WARN);
            logger.warn("failed {}", "job", new IllegalStateException("disk full"));
            assertThat(err()).contains(" WARN B - failed job" + System.lineSeparator()
                    + "java.lang.IllegalStateException: disk full").contains("\tat ");
        }

        @Test
        @DisplayName("come from loggers that slf4j makes through this binding")
        void bound() {
            Logger logger = LoggerFactory.getLogger("org.f1pipeline.test.Bound");
            assertThat(logger).isInstanceOf(StderrLogger.class)
                    .isSameAs(LoggerFactory.getLogger("org.f1pipeline.test.Bound"));
            logger.error("through slf4j");
            assertThat(err()).contains(" ERROR Bound - through slf4j");
        }
    }
}
