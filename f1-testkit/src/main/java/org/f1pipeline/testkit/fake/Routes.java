package org.f1pipeline.testkit.fake;

/** One API's routing: maps a request below its prefix to a reply built from the synthetic history. */
interface Routes {
    /** Short endpoint name for the request log. */
    String endpoint(String subPath);

    /** The reply (never null). */
    Reply handle(FakeRequest request);
}
