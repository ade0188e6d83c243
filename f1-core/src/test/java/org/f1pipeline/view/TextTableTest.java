package org.f1pipeline.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.f1pipeline.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    @DisplayName("columns padded to the widest cell, numbers right-aligned, two-space gaps, no trailing blanks")
    void renders() {
        String text = TextTable.of("Rank", "Driver", "Win %").alignRight(0, 2)
                .row(1, "Max Verstappen", "45.2%")
                .row(12, "Lando Norris", "5.0%")
                .render();
        assertThat(text).isEqualTo("""
                Rank  Driver          Win %
                   1  Max Verstappen  45.2%
                  12  Lando Norris     5.0%
                """);
    }

    @Test
    @DisplayName("cells are cut to the column's maximum width; null prints as '-'; a short row is padded")
    void cutsAndNulls() {
        TextTable t = TextTable.of("Driver", "Team", "Points").maxWidth(0, 8).alignRight(2)
                .row("Alain Prost", null, 9)
                .row("Senna");
        assertThat(t.rowCount()).isEqualTo(2);
        assertThat(t.toString()).isEqualTo("""
                Driver    Team  Points
                Alain P.  -          9
                Senna
                """);
    }

    @Test
    @DisplayName("bad arguments are InvalidInputException naming the parameter")
    void badInput() {
        assertThatThrownBy(TextTable::of).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("headers"));
        assertThatThrownBy(() -> TextTable.of("a").row(1, 2)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("cells"));
        assertThatThrownBy(() -> TextTable.of("a").alignRight(1)).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("column"));
        assertThatThrownBy(() -> TextTable.of("a").maxWidth(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("width must be between 2 and 10000, was 1");
    }
}
