package org.f1pipeline.model;

import org.f1pipeline.F1Exception;
import org.f1pipeline.domain.RaceKey;
import org.f1pipeline.domain.RaceType;

/**
 * The model cannot run for a race because an earlier step has not produced its input: no qualifying grid, no
 * feature rows, or a sprint model asked for a weekend without a sprint. The message names the race and the step to
 * run first; nothing was computed (so a job that catches it has nothing to write).
 */
public class ModelInputException extends F1Exception {

    private final RaceKey race;
    private final RaceType type;
    private final String missingStep;

    /**
     * @param missingStep the job that would produce the input, e.g. {@code ingest_qualifying}; null when running
     *                    another job cannot help (a sprint model on a conventional weekend)
     */
    public ModelInputException(RaceKey race, RaceType type, String missingStep, String message) {
        super(message);
        this.race = race;
        this.type = type;
        this.missingStep = missingStep;
    }

    /** The race the model was asked about. */
    public RaceKey race() {
        return race;
    }

    /** Grand prix or sprint. */
    public RaceType type() {
        return type;
    }

    /** The job to run first, or null when no job can provide the input. */
    public String missingStep() {
        return missingStep;
    }
}
