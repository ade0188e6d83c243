/** Implementation of the backtest: loading, baselines, scoring. Not part of the public API. */
package org.f1pipeline.backtest.internal;
