/**
 * Request plans for whole seasons, built on {@link org.f1pipeline.fetch.EndpointPlan}: which queries to send so a
 * season costs as few requests as possible. {@link org.f1pipeline.fetch.plan.OpenF1SeasonPlan} asks OpenF1 once
 * per meeting per endpoint (266 requests for 2024) where the parallel-processing guide asks once per session
 * (1,290).
 */
package org.f1pipeline.fetch.plan;
