/**
 * Backtests: every model's pre-race prediction of every race of a span (stored, or computed point-in-time on the
 * fly) and three baselines, scored against the actual winners ({@link org.f1pipeline.backtest.Backtest}), with a
 * self-contained HTML report ({@link org.f1pipeline.backtest.BacktestHtml}). Method: docs/model.md, "Backtest".
 */
package org.f1pipeline.backtest;
