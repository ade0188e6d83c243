package org.f1pipeline.storage.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;

/**
 * Typed, null-aware reads of the current row of a result set, by column label; plus raw reads by column index
 * for the bulk readers that map hundreds of thousands of rows (no label lookup, no null check).
 */
final class Row {

    private final ResultSet rs;
    private final SqlDialect dialect;

    Row(ResultSet rs, SqlDialect dialect) {
        this.rs = rs;
        this.dialect = dialect;
    }

    String text(String column) throws SQLException {
        return rs.getString(column);
    }

    Integer integer(String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    int intValue(String column) throws SQLException {
        return rs.getInt(column);
    }

    Long bigint(String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    long longValue(String column) throws SQLException {
        return rs.getLong(column);
    }

    Double real(String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    double doubleValue(String column) throws SQLException {
        return rs.getDouble(column);
    }

    Boolean bool(String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    boolean boolValue(String column) throws SQLException {
        return rs.getBoolean(column);
    }

    LocalDate date(String column) throws SQLException {
        return dialect.getDate(rs, column);
    }

    Instant instant(String column) throws SQLException {
        Long nanos = bigint(column);
        return nanos == null ? null : Jdbc.fromEpochNanos(nanos);
    }

    /** Column {@code index} (1-based) as an int; 0 for SQL NULL. */
    int intAt(int index) throws SQLException {
        return rs.getInt(index);
    }


    /** Column {@code index} (1-based) as a double; 0 for SQL NULL. */
    double doubleAt(int index) throws SQLException {
        return rs.getDouble(index);
    }

    /** Column {@code index} (1-based) as text; null for SQL NULL. */
    String textAt(int index) throws SQLException {
        return rs.getString(index);
    }

    /** Column {@code index} (1-based) as bytes; null for SQL NULL. */
    byte[] bytesAt(int index) throws SQLException {
        return rs.getBytes(index);
    }

    /** The race key from the {@code season} and {@code round} columns. */
    RaceKey race() throws SQLException {
        return new RaceKey(rs.getInt("season"), rs.getInt("round"));
    }

    /** The race type from the {@code race_type} column. */
    RaceType type() throws SQLException {
        String name = rs.getString("race_type");
        return Params.typeName(RaceType.GRAND_PRIX).equals(name) ? RaceType.GRAND_PRIX
                : RaceType.valueOf(name.toUpperCase(Locale.ROOT));
    }
}
