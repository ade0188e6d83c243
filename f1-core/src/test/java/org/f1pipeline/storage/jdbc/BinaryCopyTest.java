package org.f1pipeline.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link Params} in binary copy mode writes PostgreSQL's binary COPY fields byte for byte. */
class BinaryCopyTest {

    private static String hex(BinaryCopy buffer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        buffer.drainTo(out);
        StringBuilder hex = new StringBuilder();
        for (byte b : out.toByteArray()) {
            hex.append(String.format("%02x", b));
        }
        return hex.toString();
    }

    @Test
    @DisplayName("header, a tuple of every type with its field count, nulls as length -1, trailer")
    void everyType() throws SQLException, IOException {
        BinaryCopy buffer = new BinaryCopy(8).header();
        assertThat(hex(buffer)).isEqualTo("5047434f50590aff0d0a00" + "00000000" + "00000000");

        Params params = new Params(null);
        buffer.putShort(0);
        params.resetBinary(buffer).race(new RaceKey(2024, 3)).type(RaceType.GRAND_PRIX).text("é").integer(-2)
                .integer((Integer) null).bigint(1L << 40).bigint(null).real(1.5).real((Double) null)
                .bool(true).bool(false).bool(null).bytes(new byte[] {1, (byte) 0xFE}).bytes(null)
                .date(LocalDate.of(2000, 1, 2)).date(LocalDate.of(1999, 12, 31)).date(null).text(null);
        assertThat(params.fields()).isEqualTo(19);
        buffer.setShort(0, params.fields());
        buffer.trailer();
        assertThat(hex(buffer)).isEqualTo("0013"
                + "00000004" + "000007e8" + "00000004" + "00000003" // season, round
                + "0000000a" + "6772616e645f7072697" + "8" // "grand_prix"
                + "00000002" + "c3a9" // "é" in UTF-8
                + "00000004" + "fffffffe" + "ffffffff" // -2, null
                + "00000008" + "0000010000000000" + "ffffffff" // 2^40, null
                + "00000008" + "3ff8000000000000" + "ffffffff" // 1.5, null
                + "00000001" + "01" + "00000001" + "00" + "ffffffff" // true, false, null
                + "00000002" + "01fe" + "ffffffff" // bytes, null
                + "00000004" + "00000001" + "00000004" + "ffffffff" + "ffffffff" // days from 2000-01-01, null
                + "ffffffff" // null text
                + "ffff"); // trailer
    }

    @Test
    @DisplayName("the buffer grows past its initial capacity")
    void grows() throws IOException {
        BinaryCopy buffer = new BinaryCopy(1);
        for (int i = 0; i < 100; i++) {
            buffer.putLong(i);
        }
        assertThat(buffer.size()).isEqualTo(800);
        assertThat(hex(buffer)).endsWith("0000000000000063");
        assertThat(buffer.size()).isZero();
    }
}
