package org.f1pipeline.storage;

/**
 * The stores as seen inside one transaction: every read sees the transaction's own earlier writes. Only valid
 * during the callback that received it. Not thread-safe, but not bound to a thread either: the callback may hand
 * it to another thread as long as calls never overlap (the model recompute reads and writes on a helper thread
 * while it computes), and every implementation must allow that.
 */
public interface Transaction extends Stores {
}
