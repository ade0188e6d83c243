package org.f1pipeline.storage;

import java.util.function.Consumer;

/**
 * Where the pipeline keeps its data: the aggregate storage SPI, implemented by the in-memory storage in core and by
 * the SQLite and PostgreSQL adapters.
 *
 * <p>Transactions are callbacks: {@code storage.inTransaction(tx -> ...)} commits when the callback returns and
 * rolls back everything when it throws (the exception is rethrown unchanged), so a failed job leaves the database
 * exactly as it was. Every job of the pipeline is one transaction. The store accessors on {@code Storage} itself
 * run each call in its own transaction.
 *
 * <p>Rules shared by every implementation (and checked by the contract suite in {@code f1-testkit}):
 * <ul>
 *   <li>Writes are upserts on natural keys: writing the same rows twice leaves the same data.</li>
 *   <li>{@code replace...} methods make the given rows the complete set for their race (or season): rows
 *       absent from the new set disappear.</li>
 *   <li>Rows refer to existing parents (race, driver, constructor, circuit, season); a write that breaks this
 *       fails with a {@link StorageException} naming the operation.</li>
 *   <li>Reads return immutable lists in a documented order, never null.</li>
 * </ul>
 * Implementations are thread-safe: transactions from several threads are serialised or isolated. Calling
 * {@code inTransaction} again on the same thread from inside a callback throws {@link IllegalStateException}
 * (there are no nested transactions), and so does using a {@link Transaction} or a store taken from it after its
 * callback returned. Identifiers sort by code point (binary collation) in every implementation.
 */
public interface Storage extends Stores, AutoCloseable {

    /** Runs the callback in one transaction and returns its result. */
    <T> T inTransaction(TransactionCallback<T> callback);

    /** Runs the callback in one transaction. */
    default void useTransaction(Consumer<? super Transaction> work) {
        inTransaction(tx -> {
            work.accept(tx);
            return null;
        });
    }

    /** The schema version of the underlying database (the in-memory storage reports the library's version). */
    int schemaVersion();

    /** A short human description, e.g. {@code sqlite:/data/f1.db}; never contains a password. */
    String describe();

    /** Releases connections and files. Idempotent. */
    @Override
    void close();
}
