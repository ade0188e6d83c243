package org.f1pipeline.storage;

/**
 * The stores as seen inside one transaction: every read sees the transaction's own earlier writes. Only valid
 * during the callback that received it; not thread-safe.
 */
public interface Transaction extends Stores {
}
