/**
 * The fetcher contract suite ({@link org.f1pipeline.testkit.fetch.FetcherContractTest}, WireMock-based) and its
 * helpers. Run it for any {@link org.f1pipeline.fetch.Fetcher} through a small subclass.
 */
package org.f1pipeline.testkit.fetch;
