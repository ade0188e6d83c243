/**
 * The jobs of the pipeline ({@link org.f1pipeline.job.Job}), their parameters and reports, and the seed's JSON
 * failure line.
 */
package org.f1pipeline.job;
