/**
 * Internal parts of the live-timing archive source: file encodings (BOM, time prefix, {@code .z} inflation), the
 * season index and path derivation, the per-topic readers and the FastF1-style lap walk. Not public API; may change
 * without notice.
 */
package org.f1pipeline.source.livetiming.internal;
