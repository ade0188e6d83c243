/**
 * The prediction model, pure and storage-free: season statistics ({@link org.f1pipeline.model.SeasonStatsCalculator}),
 * the point-in-time history ({@link org.f1pipeline.model.ModelHistory}), the grand-prix and sprint features
 * ({@link org.f1pipeline.model.GrandPrixFeatures}, {@link org.f1pipeline.model.SprintFeatures}), versioned model
 * specs ({@link org.f1pipeline.model.ModelSpec}), the softmax predictor ({@link org.f1pipeline.model.Predictor}) and
 * the engine that ties them together ({@link org.f1pipeline.model.ModelEngine}). Inputs and outputs are domain
 * records; nothing here performs I/O. Formulas and every deviation from the seed engine: {@code docs/model.md}.
 */
package org.f1pipeline.model;
