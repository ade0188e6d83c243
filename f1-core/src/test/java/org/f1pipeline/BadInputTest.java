package org.f1pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.f1pipeline.domain.ConstructorId;
import org.f1pipeline.domain.DriverId;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceResult;
import org.f1pipeline.domain.RaceType;
import org.f1pipeline.fetch.RetryPolicy;
import org.f1pipeline.job.FailureLine;
import org.f1pipeline.job.Job;
import org.f1pipeline.job.JobParams;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One exception type for bad input, from job parameters and value records alike; messages speak library. */
class BadInputTest {

    @Test
    @DisplayName("records' compact constructors throw InvalidInputException naming the field")
    void records() {
        assertThatThrownBy(() -> RaceKey.parse("2024-xx")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("raceKey"));
        assertThatThrownBy(() -> RaceKey.of(2024, 0)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("round"));
        assertThatThrownBy(() -> new RaceResult(RaceKey.of(2024, 1), RaceType.GRAND_PRIX, DriverId.of("senna"),
                ConstructorId.of("mclaren"), 12, 1, "1", 1, -9, "Finished", null, 60, false))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("result.points"))
                .hasMessage("result.points must be >= 0, was -9.0");
        assertThatThrownBy(() -> DriverId.of("sen na")).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("driverId"));
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0).build())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("maxAttempts"));
        assertThatThrownBy(() -> PipelineConfig.ofDefaults().toBuilder().yearsAhead(9).build())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("yearsAhead"));
    }

    @Test
    @DisplayName("InvalidInputException is an IllegalArgumentException, so existing catch blocks keep working")
    void isAnIllegalArgumentException() {
        InvalidInputException e = new InvalidInputException("year", "year must be between 1950 and 2027, was 2030");
        assertThat(e).isInstanceOf(IllegalArgumentException.class);
        assertThat(e.context()).containsEntry("field", "year");
        assertThat(FailureLine.of(Job.SYNC_SCHEDULE, JobParams.year(2024), e)).isEqualTo("{\"job\":\"sync_schedule\","
                + "\"status\":\"failed\",\"error\":\"year must be between 1950 and 2027, was 2030\","
                + "\"error_type\":\"InvalidInputException\",\"year\":2024,\"field\":\"year\"}");
    }

    @Test
    @DisplayName("a missing job parameter is named as the library's parameter, never as a command-line flag")
    void namesParameters() {
        assertThatThrownBy(() -> JobParams.none().validateFor(Job.INGEST_RACE, 2027))
                .hasMessage("ingest_race needs a race: the parameters year and round, or race (e.g."
                        + " JobParams.race(RaceKey.of(2024, 5)))");
        assertThatThrownBy(() -> JobParams.none().validateFor(Job.SYNC_SEASON, 2027))
                .hasMessage("sync_season needs the parameter year, e.g. JobParams.year(2024)");
    }

    @Test
    @DisplayName("no string literal in f1-core's sources names a command-line flag such as --year")
    void noCliFlagsInCore() throws IOException {
        Pattern literal = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
        Pattern flag = Pattern.compile("(^|[\\s(])--[a-z][a-z_-]+");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                        continue;
                    }
                    Matcher m = literal.matcher(line);
                    while (m.find()) {
                        if (flag.matcher(m.group()).find()) {
                            offenders.add(file + ":" + (i + 1) + " " + m.group());
                        }
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
