/**
 * The library's entry points: {@link org.f1pipeline.F1Pipeline} (builder, {@code runJob}), configuration, listener
 * and the root of the exception hierarchy ({@link org.f1pipeline.F1Exception}).
 */
package org.f1pipeline;
