/**
 * The real 1950-2013 results record in the Ergast table layout ({@code ../shared/realdata/history}), read into
 * plain rows exactly as the files hold them: {@link org.f1pipeline.testkit.history.ErgastHistory}. Used by tests and
 * benchmarks that replay real history through the fake Jolpica or load it for the model. The files are never copied
 * into the repository; {@link org.f1pipeline.testkit.history.ErgastHistory#locate()} finds them.
 */
package org.f1pipeline.testkit.history;
