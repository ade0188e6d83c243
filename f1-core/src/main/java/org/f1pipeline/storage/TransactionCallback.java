package org.f1pipeline.storage;

/** Work done inside one storage transaction, returning a value. */
@FunctionalInterface
public interface TransactionCallback<T> {

    /** Does the work. Throwing anything rolls the whole transaction back. */
    T apply(Transaction tx);
}
