/**
 * The SQLite adapter: {@link org.f1pipeline.storage.sqlite.SqliteStorage} (open a file, a URL, or an in-memory
 * database) and its {@link org.f1pipeline.storage.sqlite.SqliteStorageProvider} for {@code jdbc:sqlite:} URLs.
 * The schema migrations are SQL resources next to these classes ({@code V<n>__<description>.sql}).
 */
package org.f1pipeline.storage.sqlite;
