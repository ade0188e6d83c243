package org.f1pipeline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EnumsTest {

    @Test
    @DisplayName("event formats use the seed's lower-case wire names and read them back case-insensitively")
    void eventFormatWireNames() {
        assertThat(Arrays.stream(EventFormat.values()).map(EventFormat::wireName))
                .containsExactly("conventional", "sprint", "sprint_shootout", "sprint_qualifying");
        assertThat(EventFormat.fromWireName("sprint_shootout")).isEqualTo(EventFormat.SPRINT_SHOOTOUT);
        assertThat(EventFormat.fromWireName("Sprint_Qualifying")).isEqualTo(EventFormat.SPRINT_QUALIFYING);
        for (EventFormat format : EventFormat.values()) {
            assertThat(EventFormat.fromWireName(format.wireName())).isEqualTo(format);
        }
        assertThatIllegalArgumentException().isThrownBy(() -> EventFormat.fromWireName("sprint-qualifying"))
                .withMessage("unknown event format 'sprint-qualifying', expected one of conventional, sprint,"
                        + " sprint_shootout, sprint_qualifying");
    }

    @Test
    @DisplayName("only sprint formats have a sprint, and only 2023+ formats a sprint-qualifying session")
    void eventFormatFlags() {
        assertThat(EventFormat.CONVENTIONAL.isSprint()).isFalse();
        assertThat(EventFormat.SPRINT.isSprint()).isTrue();
        assertThat(EventFormat.SPRINT.hasSprintQualifying()).isFalse();
        assertThat(EventFormat.SPRINT_SHOOTOUT.hasSprintQualifying()).isTrue();
        assertThat(EventFormat.SPRINT_QUALIFYING.hasSprintQualifying()).isTrue();
        assertThat(EventFormat.CONVENTIONAL.hasSprintQualifying()).isFalse();
    }

    @Test
    @DisplayName("race statuses use the seed's wire names, plus cancelled")
    void raceStatusWireNames() {
        assertThat(Arrays.stream(RaceStatus.values()).map(RaceStatus::wireName)).containsExactly("scheduled",
                "sprint_qualifying_done", "sprint_done", "qualifying_done", "completed", "cancelled");
        assertThat(RaceStatus.fromWireName("QUALIFYING_DONE")).isEqualTo(RaceStatus.QUALIFYING_DONE);
        for (RaceStatus status : RaceStatus.values()) {
            assertThat(RaceStatus.fromWireName(status.wireName())).isEqualTo(status);
        }
        assertThatIllegalArgumentException().isThrownBy(() -> RaceStatus.fromWireName("done"))
                .withMessage("unknown race status 'done'");
    }

    @Test
    @DisplayName("the guard sets are the seed's: qualifying from scheduled or sprint_done, sprint from scheduled or SQ done")
    void raceStatusGuards() {
        assertThat(RaceStatus.BEFORE_QUALIFYING).containsExactlyInAnyOrder(RaceStatus.SCHEDULED,
                RaceStatus.SPRINT_DONE);
        assertThat(RaceStatus.BEFORE_SPRINT).containsExactlyInAnyOrder(RaceStatus.SCHEDULED,
                RaceStatus.SPRINT_QUALIFYING_DONE);
    }

    @Test
    @DisplayName("weather labels follow the seed's thresholds: above 0.5 wet, above 0.1 mixed, else dry")
    void weatherLabels() {
        assertThat(WeatherLabel.ofRainfallShare(0.0)).isEqualTo(WeatherLabel.DRY);
        assertThat(WeatherLabel.ofRainfallShare(0.1)).isEqualTo(WeatherLabel.DRY);
        assertThat(WeatherLabel.ofRainfallShare(0.11)).isEqualTo(WeatherLabel.MIXED);
        assertThat(WeatherLabel.ofRainfallShare(0.5)).isEqualTo(WeatherLabel.MIXED);
        assertThat(WeatherLabel.ofRainfallShare(0.51)).isEqualTo(WeatherLabel.WET);
        assertThat(WeatherLabel.WET.wireName()).isEqualTo("wet");
        assertThat(WeatherLabel.fromWireName("Mixed")).isEqualTo(WeatherLabel.MIXED);
    }
}
