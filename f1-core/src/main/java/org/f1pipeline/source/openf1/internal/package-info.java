/**
 * Internal parts of the OpenF1 source: row readers and parsers, date handling, stint lookup, and the algorithms
 * behind {@link org.f1pipeline.source.openf1.OpenF1Derivations}. Not public API; may change without notice.
 */
package org.f1pipeline.source.openf1.internal;
