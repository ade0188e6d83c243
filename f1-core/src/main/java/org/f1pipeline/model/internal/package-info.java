/**
 * Implementation of {@code org.f1pipeline.model}: accumulators, histories and feature columns. Internal API: may
 * change without notice; do not use outside the library.
 */
package org.f1pipeline.model.internal;
