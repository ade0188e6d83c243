package org.f1pipeline.storage.jdbc;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;

/**
 * Binds the parameters of one statement execution left to right, with SQL NULL for null values. Reused for every
 * row of a batch ({@link #reset}), so binding allocates nothing. In copy mode ({@link #resetCopy}) the same calls
 * append the row as one line of PostgreSQL's {@code COPY} text format instead, and in binary copy mode
 * ({@link #resetBinary}) as one tuple of its binary format, for {@link BulkUpsert}. The binary format has no
 * conversions: each call must match its column's type exactly ({@link #integer} INTEGER, {@link #bigint} BIGINT,
 * {@link #real} DOUBLE PRECISION, {@link #bool} BOOLEAN, {@link #text} TEXT, {@link #bytes} BYTEA, {@link #date}
 * DATE).
 */
final class Params {

    // Computed once: bulk writes bind the type of every lap.
    private static final String[] TYPE_NAMES = Arrays.stream(RaceType.values())
            .map(t -> t.name().toLowerCase(Locale.ROOT)).toArray(String[]::new);

    /** PostgreSQL's binary dates count days from 2000-01-01. */
    private static final long PG_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

    private final SqlDialect dialect;
    private PreparedStatement statement;
    private int index;
    /** Non-null in copy mode: the line being written. */
    private StringBuilder copy;
    /** Non-null in binary copy mode: the buffer the tuple is appended to. */
    private BinaryCopy binary;

    Params(SqlDialect dialect) {
        this.dialect = dialect;
    }

    Params reset(PreparedStatement statement) {
        this.statement = statement;
        this.index = 0;
        this.copy = null;
        this.binary = null;
        return this;
    }

    /** Copy mode: the following calls append one COPY text line (without its newline) to {@code line}. */
    Params resetCopy(StringBuilder line) {
        this.statement = null;
        this.index = 0;
        this.copy = line;
        this.binary = null;
        return this;
    }

    /**
     * Binary copy mode: the following calls append one tuple's fields to {@code tuple}, whose field count the
     * caller writes before them ({@link #fields} after the row tells how many were bound).
     */
    Params resetBinary(BinaryCopy tuple) {
        this.statement = null;
        this.index = 0;
        this.copy = null;
        this.binary = tuple;
        return this;
    }

    /** The number of values bound since the last reset. */
    int fields() {
        return index;
    }

    /** Binary copy mode: one field of {@code length} bytes follows; returns the buffer. */
    private BinaryCopy binaryField(int length) {
        index++;
        return binary.putInt(length);
    }

    /** Copy mode: the field separator before every value but the first. */
    private StringBuilder field() {
        if (index++ > 0) {
            copy.append('\t');
        }
        return copy;
    }

    /** Copy mode: appends SQL NULL ({@code \N}) or the value's text, escaped. Returns this. */
    private Params copyText(String value) {
        if (binary != null) {
            binaryField(-1); // only nulls come here in binary mode
            return this;
        }
        StringBuilder out = field();
        if (value == null) {
            out.append("\\N");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return this;
    }

    Params text(String value) throws SQLException {
        if (binary != null) {
            if (value == null) {
                binaryField(-1);
            } else {
                byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
                binaryField(utf8.length).put(utf8);
            }
            return this;
        }
        if (copy != null) {
            return copyText(value);
        }
        if (value == null) {
            statement.setNull(++index, Types.VARCHAR);
        } else {
            statement.setString(++index, value);
        }
        return this;
    }

    Params integer(Integer value) throws SQLException {
        if (copy != null || binary != null) {
            return value == null ? copyText(null) : integer(value.intValue());
        }
        if (value == null) {
            statement.setNull(++index, Types.INTEGER);
        } else {
            statement.setInt(++index, value);
        }
        return this;
    }

    Params integer(int value) throws SQLException {
        if (binary != null) {
            binaryField(4).putInt(value);
            return this;
        }
        if (copy != null) {
            field().append(value);
            return this;
        }
        statement.setInt(++index, value);
        return this;
    }

    Params bigint(Long value) throws SQLException {
        if (binary != null) {
            if (value == null) {
                binaryField(-1);
            } else {
                binaryField(8).putLong(value);
            }
            return this;
        }
        if (copy != null) {
            if (value == null) {
                return copyText(null);
            }
            field().append(value.longValue());
            return this;
        }
        if (value == null) {
            statement.setNull(++index, Types.BIGINT);
        } else {
            statement.setLong(++index, value);
        }
        return this;
    }

    Params real(Double value) throws SQLException {
        if (copy != null || binary != null) {
            return value == null ? copyText(null) : real(value.doubleValue());
        }
        if (value == null) {
            statement.setNull(++index, Types.DOUBLE);
        } else {
            statement.setDouble(++index, value);
        }
        return this;
    }

    Params real(double value) throws SQLException {
        if (binary != null) {
            binaryField(8).putLong(Double.doubleToLongBits(value));
            return this;
        }
        if (copy != null) {
            // Double.toString reads back to the same double in PostgreSQL (NaN and Infinity included).
            field().append(value);
            return this;
        }
        statement.setDouble(++index, value);
        return this;
    }

    /** A BLOB (SQLite) or BYTEA (PostgreSQL) value; in copy mode PostgreSQL's hex form. */
    Params bytes(byte[] value) throws SQLException {
        if (binary != null) {
            if (value == null) {
                binaryField(-1);
            } else {
                binaryField(value.length).put(value);
            }
            return this;
        }
        if (copy != null) {
            if (value == null) {
                return copyText(null);
            }
            StringBuilder hex = new StringBuilder(2 + 2 * value.length).append("\\x");
            for (byte b : value) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return copyText(hex.toString());
        }
        if (value == null) {
            statement.setNull(++index, Types.VARBINARY);
        } else {
            statement.setBytes(++index, value);
        }
        return this;
    }

    Params bool(Boolean value) throws SQLException {
        if (binary != null) {
            if (value == null) {
                binaryField(-1);
            } else {
                binaryField(1).put(value ? 1 : 0);
            }
            return this;
        }
        if (copy != null) {
            return value == null ? copyText(null) : copyText(value ? "t" : "f");
        }
        if (value == null) {
            statement.setNull(++index, Types.BOOLEAN);
        } else {
            statement.setBoolean(++index, value);
        }
        return this;
    }

    Params date(LocalDate value) throws SQLException {
        if (binary != null) {
            if (value == null) {
                binaryField(-1);
            } else {
                binaryField(4).putInt(Math.toIntExact(value.toEpochDay() - PG_EPOCH_DAY));
            }
            return this;
        }
        if (copy != null) {
            return copyText(value == null ? null : value.toString());
        }
        if (value == null) {
            statement.setNull(++index, Types.DATE);
        } else {
            dialect.setDate(statement, ++index, value);
        }
        return this;
    }

    Params instant(Instant value, String field) throws SQLException {
        return bigint(value == null ? null : Jdbc.toEpochNanos(value, field));
    }

    /** Two parameters: season, round. */
    Params race(RaceKey key) throws SQLException {
        return integer(key.season()).integer(key.round());
    }

    Params type(RaceType type) throws SQLException {
        return text(typeName(type));
    }

    /** How a race type is stored: its lower-case name ({@code grand_prix}, {@code sprint}). */
    static String typeName(RaceType type) {
        return TYPE_NAMES[type.ordinal()];
    }
}
