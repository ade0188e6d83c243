/**
 * Jolpica payload parsers, one per endpoint family, plus paging helpers. Internal API: may change without notice;
 * use {@link org.f1pipeline.source.jolpica.JolpicaClient}.
 */
package org.f1pipeline.source.jolpica.internal;
