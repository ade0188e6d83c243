/**
 * The PostgreSQL adapter: {@link org.f1pipeline.storage.postgres.PostgresStorage} (on a caller's
 * {@code DataSource} or a URL, optionally in its own schema) and its
 * {@link org.f1pipeline.storage.postgres.PostgresStorageProvider} for {@code jdbc:postgresql:} URLs. The schema
 * migrations are SQL resources next to these classes ({@code V<n>__<description>.sql}).
 */
package org.f1pipeline.storage.postgres;
