package org.f1pipeline.storage.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.f1pipeline.storage.jdbc.RowValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@link SqliteRowValues} against the driver's own getters, value by value, over every storage class and the
 * conversions between them: what the stores read must not change with the faster reader.
 */
class SqliteRowValuesTest {

    /** One row per case: every column holds the same value, so every getter meets every storage class. */
    private static final List<String> VALUES = List.of(
            "NULL", "0", "42", "-7", "2147483648", "-9223372036854775808", "9007199254740993",
            "1.5", "-0.0", "1e300", "0.1", "3.7", "-2.5",
            "'alonso'", "''", "'12abc'", "' 17 '", "'2.25'", "'Räikkönen ✓'", "'2024-03-02'", "'a\"b\\c'",
            "x''", "x'00ff10'", "x'616263'");

    private Connection connection;

    @BeforeEach
    void open() throws SQLException {
        connection = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE v (id INTEGER PRIMARY KEY, a, b, c)");
            int id = 0;
            for (String value : VALUES) {
                st.execute("INSERT INTO v VALUES (" + id++ + ", " + value + ", " + value + ", " + value + ")");
            }
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Nested
    @DisplayName("every getter")
    class Getters {

        @Test
        @DisplayName("gives what the driver's getter gives, for every storage class and conversion")
        void sameAsTheDriver() throws SQLException {
            List<List<Object>> expected = read(false);
            List<List<Object>> actual = read(true);

            assertThat(actual).hasSize(VALUES.size());
            for (int i = 0; i < VALUES.size(); i++) {
                assertThat(actual.get(i)).as("value %s", VALUES.get(i)).isEqualTo(expected.get(i));
            }
        }

        @Test
        @DisplayName("reads text in UTF-8 and keeps a zero-length text or blob apart from NULL")
        void textAndBlobs() throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT a FROM v WHERE id IN (0, 14, 18, 21) ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                RowValues values = SqliteRowValues.of(rs);
                List<Object> seen = new ArrayList<>();
                while (rs.next()) {
                    values.load();
                    seen.add(values.isNull(1) ? "NULL" : values.getString(1) + "/" + values.getBytes(1).length);
                }
                assertThat(seen).containsExactly("NULL", "/0", "Räikkönen ✓/15", "/0");
            }
        }
    }

    @Nested
    @DisplayName("columns")
    class Columns {

        @Test
        @DisplayName("are found by label as the driver finds them, ignoring case, and an unknown label fails")
        void byLabel() throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement("SELECT id, b AS points FROM v WHERE id = 7");
                 ResultSet rs = ps.executeQuery()) {
                RowValues values = SqliteRowValues.of(rs);
                assertThat(rs.next()).isTrue();
                values.load();

                assertThat(values.column("points")).isEqualTo(2);
                assertThat(values.column("POINTS")).isEqualTo(2);
                assertThat(values.getDouble(values.column("points"))).isEqualTo(1.5);
                assertThatThrownBy(() -> values.column("nope")).isInstanceOf(SQLException.class)
                        .hasMessageContaining("nope");
            }
        }

        @Test
        @DisplayName("read ISO dates as SqliteDialect does, and NULL as null")
        void dates() throws SQLException {
            try (PreparedStatement ps = connection.prepareStatement("SELECT a FROM v WHERE id IN (0, 19) ORDER BY id");
                 ResultSet rs = ps.executeQuery()) {
                RowValues values = SqliteRowValues.of(rs);
                List<LocalDate> dates = new ArrayList<>();
                while (rs.next()) {
                    values.load();
                    dates.add(values.getDate(1));
                }
                assertThat(dates).containsExactly(null, LocalDate.of(2024, 3, 2));
            }
        }
    }

    /**
     * Every row, each column read with every getter (and the NULL flag), through {@link SqliteRowValues} or the
     * driver. Column a is read as int, string and bytes; b as long, double and boolean; c as string first, then int.
     */
    private List<List<Object>> read(boolean fast) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT a, b, c FROM v ORDER BY id");
             ResultSet rs = ps.executeQuery()) {
            RowValues values = fast ? SqliteRowValues.of(rs) : null;
            if (fast) {
                assertThat(values).isNotNull();
            }
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                if (fast) {
                    values.load();
                    for (int c = 1; c <= 3; c++) {
                        row.add(values.isNull(c));
                    }
                    row.add(values.getInt(1));
                    row.add(values.getString(1));
                    row.add(hex(values.getBytes(1)));
                    row.add(values.getLong(2));
                    row.add(values.getDouble(2));
                    row.add(values.getInt(2) != 0);
                    row.add(values.getString(3));
                    row.add(values.getInt(3));
                } else {
                    for (int c = 1; c <= 3; c++) {
                        rs.getObject(c);
                        row.add(rs.wasNull());
                    }
                    row.add(rs.getInt(1));
                    row.add(rs.getString(1));
                    row.add(hex(rs.getBytes(1)));
                    row.add(rs.getLong(2));
                    row.add(rs.getDouble(2));
                    row.add(rs.getBoolean(2));
                    row.add(rs.getString(3));
                    row.add(rs.getInt(3));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String hex(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            out.append(String.format("%02x", b));
        }
        return out.toString();
    }
}
