/**
 * The JDBC base that the SQL adapters build on: a documented, adapter-facing SPI (deliberately not
 * {@code internal}), using {@code java.sql} only, with no driver dependency.
 *
 * <p>An adapter supplies three things and gets a complete, contract-conforming
 * {@link org.f1pipeline.storage.Storage}:
 * <ul>
 *   <li>a {@link org.f1pipeline.storage.jdbc.ConnectionSource}: where each transaction gets its connection
 *       (one shared connection for SQLite, a {@code DataSource} for PostgreSQL);</li>
 *   <li>a {@link org.f1pipeline.storage.jdbc.SqlDialect}: the few places where SQL engines differ (how a
 *       transaction begins, how dates are bound, how to tell whether a table exists, the upsert syntax);</li>
 *   <li>its list of {@link org.f1pipeline.storage.jdbc.Migration}s: the versioned DDL, applied by the
 *       {@link org.f1pipeline.storage.jdbc.MigrationRunner} when the storage opens.</li>
 * </ul>
 * and then extends {@link org.f1pipeline.storage.jdbc.JdbcStorage} with its own factories. All SQL of the stores
 * (one class per concern, package-private) is written once, here, in the dialect-neutral subset that both SQLite
 * (3.39+) and PostgreSQL (9.5+) accept: {@code INSERT ... ON CONFLICT (...) DO UPDATE SET c = excluded.c}, row
 * values, {@code IS DISTINCT FROM}. The tables the stores expect are described in {@code docs/storage.md}.
 *
 * <p>Every {@link java.sql.SQLException} leaves this package wrapped in a
 * {@link org.f1pipeline.storage.StorageException} whose {@code operation()} names what was being done, e.g.
 * {@code "upsert laps"}.
 */
package org.f1pipeline.storage.jdbc;
