package org.f1pipeline.storage.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One versioned schema change: the DDL that takes a database from {@code version - 1} to {@code version}.
 *
 * <p>{@code sql} holds one or more statements, each ending with a semicolon at the end of a line; lines starting
 * with {@code --} are comments. (The splitter is deliberately simple: no semicolons at line ends inside string
 * literals or procedure bodies.) Migrations are never edited once released: a schema change is a new migration.
 *
 * @param version     1 for the initial schema, then consecutive
 * @param description a short summary stored in {@code f1_schema_version}
 * @param sql         the statements
 */
public record Migration(int version, String description, String sql) {

    /** Validates the version (>= 1) and that description and SQL are present. */
    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("migration version must be >= 1, was " + version);
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sql, "sql");
        if (description.isBlank()) {
            throw new IllegalArgumentException("migration description must not be blank");
        }
    }

    /**
     * A migration whose SQL is a UTF-8 class-path resource, resolved like {@link Class#getResourceAsStream}
     * relative to {@code anchor}.
     *
     * @throws IllegalStateException when the resource is missing (a packaging error)
     */
    public static Migration fromResource(int version, String description, Class<?> anchor, String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("migration resource " + resource + " not found next to "
                        + anchor.getName());
            }
            return new Migration(version, description, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read migration resource " + resource, e);
        }
    }

    /** The individual statements, without comments and trailing semicolons. */
    public List<String> statements() {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                statements.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return List.copyOf(statements);
    }
}
