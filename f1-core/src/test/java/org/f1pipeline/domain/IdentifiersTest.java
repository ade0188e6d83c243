package org.f1pipeline.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    @DisplayName("Jolpica ids with lower-case letters, digits, '_' and '-' are accepted and print as themselves")
    void validIds() {
        assertThat(DriverId.of("max_verstappen").value()).isEqualTo("max_verstappen");
        assertThat(DriverId.of("de_vries")).hasToString("de_vries");
        assertThat(ConstructorId.of("red_bull")).isEqualTo(new ConstructorId("red_bull"));
        assertThat(CircuitId.of("villeneuve")).hasToString("villeneuve");
        assertThat(CircuitId.of("bahrain-outer").value()).isEqualTo("bahrain-outer");
        assertThat(DriverId.of("3")).hasToString("3");
    }

    @Test
    @DisplayName("an id with upper case, spaces or a leading underscore is refused with the field named")
    void invalidIds() {
        assertThatIllegalArgumentException().isThrownBy(() -> DriverId.of("Max Verstappen"))
                .withMessage("driverId must be letters, digits, '_' or '-', was 'Max Verstappen'");
        assertThatIllegalArgumentException().isThrownBy(() -> ConstructorId.of("red bull"))
                .withMessage("constructorId must be letters, digits, '_' or '-', was 'red bull'");
        assertThatIllegalArgumentException().isThrownBy(() -> CircuitId.of("_monaco"))
                .withMessageStartingWith("circuitId must be letters");
        // Jolpica's real ids keep their case (scott_Brown, Changy): accepted as the source spells them.
        assertThat(DriverId.of("scott_Brown").value()).isEqualTo("scott_Brown");
    }

    @Test
    @DisplayName("a blank or null id is refused with the field named")
    void blankAndNullIds() {
        assertThatIllegalArgumentException().isThrownBy(() -> DriverId.of(" "))
                .withMessage("driverId must not be blank");
        assertThatNullPointerException().isThrownBy(() -> ConstructorId.of(null))
                .withMessage("constructorId must not be null");
        assertThatIllegalArgumentException().isThrownBy(() -> CircuitId.of(""))
                .withMessage("circuitId must not be blank");
    }

    @Test
    @DisplayName("ids sort by their text")
    void idsSortByText() {
        List<DriverId> ids = new ArrayList<>(List.of(DriverId.of("zhou"), DriverId.of("albon"),
                DriverId.of("kevin_magnussen"), DriverId.of("alonso")));
        Collections.sort(ids);

        assertThat(ids).extracting(DriverId::value).containsExactly("albon", "alonso", "kevin_magnussen", "zhou");
        assertThat(ConstructorId.of("rb")).isLessThan(ConstructorId.of("red_bull"));
        assertThat(CircuitId.of("monza")).isGreaterThan(CircuitId.of("monaco"));
    }
}
