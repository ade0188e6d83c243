/**
 * The f1 command's slf4j binding: lines on stderr, levels from system properties (decision D93).
 */
package org.f1pipeline.examples.cli.logging;
