/**
 * The storage reads behind the {@code org.f1pipeline.view} records. Internal API: may change without notice; use
 * {@code F1Pipeline}'s read methods.
 */
package org.f1pipeline.view.internal;
