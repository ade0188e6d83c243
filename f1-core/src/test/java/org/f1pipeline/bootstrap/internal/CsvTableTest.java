package org.f1pipeline.bootstrap.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    private static CsvTable table(String text) {
        return new CsvTable("formula_one_x.csv", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @DisplayName("RFC 4180 as PostgreSQL writes it: quotes, doubled quotes, line breaks, null vs empty string, CRLF")
    void quoting() {
        CsvTable t = table("id,name,detail\r\n1,\"a, b\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",\n3,\"\",x\n");
        int name = t.column("name");
        int detail = t.column("detail");
        assertThat(t.next()).isTrue();
        assertThat(t.get(name)).isEqualTo("a, b");
        assertThat(t.get(detail)).isEqualTo("say \"hi\"");
        assertThat(t.next()).isTrue();
        assertThat(t.get(name)).isEqualTo("two\nlines");
        assertThat(t.get(detail)).isNull();
        assertThat(t.next()).isTrue();
        assertThat(t.get(name)).isEmpty();
        assertThat(t.get(detail)).isEqualTo("x");
        assertThat(t.next()).isFalse();
        assertThat(t.rows()).isEqualTo(3);
    }

    @Test
    @DisplayName("columns by header name; a missing column and a short row are named errors")
    void columnsByName() {
        CsvTable t = table("id,b,a\n1,2\n");
        assertThat(t.column("a")).isEqualTo(2);
        assertThat(t.optColumn("zz")).isEqualTo(-1);
        assertThatThrownBy(() -> t.column("zz")).isInstanceOf(DumpFormatException.class)
                .hasMessageContaining("formula_one_x.csv").hasMessageContaining("'zz'");
        assertThatThrownBy(t::next).isInstanceOf(DumpFormatException.class).hasMessageContaining("2 fields");
    }

    @Test
    @DisplayName("intervals to microseconds (trimmed fractions, days), timestamptz with and without fraction/offset")
    void values() {
        CsvTable t = table("id\n1\n");
        assertThat(DumpValues.optMicros("00:01:31.531", t)).isEqualTo(91_531_000L);
        assertThat(DumpValues.optMicros("01:34:09.5", t)).isEqualTo(5_649_500_000L);
        assertThat(DumpValues.optMicros("00:00:23", t)).isEqualTo(23_000_000L);
        assertThat(DumpValues.optMicros("1 day 02:00:00.000001", t)).isEqualTo(93_600_000_001L);
        assertThat(DumpValues.optMicros(null, t)).isEqualTo(-1L);
        assertThatThrownBy(() -> DumpValues.optMicros("1:31.5", t)).isInstanceOf(DumpFormatException.class);
        assertThat(DumpValues.optTimestamp("2024-03-02 15:00:00+00", t)).isEqualTo(Instant.parse("2024-03-02T15:00:00Z"));
        assertThat(DumpValues.optTimestamp("2024-03-02 15:00:00.25+05:30", t))
                .isEqualTo(Instant.parse("2024-03-02T09:30:00.25Z"));
        assertThat(DumpValues.optBool("t", t)).isTrue();
        assertThat(DumpValues.optBool("f", t)).isFalse();
        assertThatThrownBy(() -> DumpValues.optBool("yes", t)).isInstanceOf(DumpFormatException.class);
    }

    @Test
    @DisplayName("API rules: position codes by status, the duration slicing that empties whole seconds")
    void apiRules() {
        assertThat(DumpMapper.positionCode(30)).isEqualTo("W");
        assertThat(DumpMapper.positionCode(20)).isEqualTo("D");
        assertThat(DumpMapper.positionCode(40)).isEqualTo("F");
        assertThat(DumpMapper.positionCode(41)).isEqualTo("F");
        assertThat(DumpMapper.positionCode(11)).isEqualTo("R");
        assertThat(DumpMapper.positionCode(1)).isEqualTo("R");
        assertThat(DumpMapper.positionCode(null)).isEqualTo("R");
        assertThat(DumpMapper.slicedDurationMs(24_563_000L, "0:")).isEqualTo(24_563);
        assertThat(DumpMapper.slicedDurationMs(61_500_000L, "0:")).isEqualTo(61_500);
        assertThat(DumpMapper.slicedDurationMs(23_000_000L, "0:")).isNull();
        assertThat(DumpMapper.slicedDurationMs(89_187_000L, ":0")).isEqualTo(89_187);
        assertThat(DumpMapper.millis(23_000_000L)).isEqualTo(23_000);
        assertThat(DumpMapper.millis(91_531_999L)).isEqualTo(91_531);
        assertThat(DumpMapper.millis(-1L)).isNull();
    }
}
