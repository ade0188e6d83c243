/**
 * The in-memory reference implementation of the storage SPI: {@link org.f1pipeline.storage.memory.InMemoryStorage}.
 * It enforces the same natural keys, exclude-on-update rules and referential checks as the SQL adapters and
 * passes the same contract suite ({@code f1-testkit}). Everything except {@code InMemoryStorage} is internal.
 */
package org.f1pipeline.storage.memory;
