/** Reading Jolpica's CSV dump and the bootstrap's download; internal API. */
package org.f1pipeline.bootstrap.internal;
