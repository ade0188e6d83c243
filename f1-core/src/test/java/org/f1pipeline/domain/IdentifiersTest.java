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
    @DisplayName("everyday Jolpica ids are accepted and print as themselves")
    void validIds() {
        assertThat(DriverId.of("max_verstappen").value()).isEqualTo("max_verstappen");
        assertThat(DriverId.of("de_vries")).hasToString("de_vries");
        assertThat(ConstructorId.of("red_bull")).isEqualTo(new ConstructorId("red_bull"));
        assertThat(CircuitId.of("villeneuve")).hasToString("villeneuve");
        assertThat(CircuitId.of("bahrain-outer").value()).isEqualTo("bahrain-outer");
        assertThat(DriverId.of("3")).hasToString("3");
    }

    @Test
    @DisplayName("ids are the source's opaque keys: upper case, '-', spaces and accents are kept as spelled")
    void opaqueIds() {
        // Jolpica's real ids keep their case (scott_Brown, Changy, Cannoc) and use '-' (lewis-evans, ain-diab).
        assertThat(DriverId.of("scott_Brown").value()).isEqualTo("scott_Brown");
        assertThat(DriverId.of("Changy")).isNotEqualTo(DriverId.of("changy"));
        assertThat(ConstructorId.of("cooper-maserati")).hasToString("cooper-maserati");
        assertThat(CircuitId.of("ain-diab").value()).isEqualTo("ain-diab");
        assertThat(DriverId.of("Max Verstappen").value()).isEqualTo("Max Verstappen");
        assertThat(ConstructorId.of("_monaco").value()).isEqualTo("_monaco");
        assertThat(DriverId.of("p\u00e9rez").value()).isEqualTo("p\u00e9rez");
        assertThat(DriverId.of("x".repeat(100)).value()).hasSize(100);
    }

    @Test
    @DisplayName("only what harms storage or logs is refused: control characters and absurd length, field named")
    void harmfulIds() {
        assertThatIllegalArgumentException().isThrownBy(() -> DriverId.of("max\nverstappen"))
                .withMessage("driverId must not contain control characters, had U+000A at index 3 in 'max?verstappen'");
        assertThatIllegalArgumentException().isThrownBy(() -> ConstructorId.of("red\u0000bull"))
                .withMessageStartingWith("constructorId must not contain control characters, had U+0000 at index 3");
        assertThatIllegalArgumentException().isThrownBy(() -> CircuitId.of("mon\u200Baco"))
                .withMessageStartingWith("circuitId must not contain control characters, had U+200B");
        assertThatIllegalArgumentException().isThrownBy(() -> DriverId.of("x".repeat(101)))
                .withMessageStartingWith("driverId must be at most 100 characters, was 101");
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
