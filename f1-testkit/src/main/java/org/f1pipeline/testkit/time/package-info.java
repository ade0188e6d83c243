/**
 * Fake time for tests: {@link org.f1pipeline.testkit.time.FakeTicker}, {@link org.f1pipeline.testkit.time.FakeClock}
 * and {@link org.f1pipeline.testkit.time.FakeSleeper}, wired together by
 * {@link org.f1pipeline.testkit.time.FakeTime}, so no test waits on real time for rate limits or backoff.
 */
package org.f1pipeline.testkit.time;
