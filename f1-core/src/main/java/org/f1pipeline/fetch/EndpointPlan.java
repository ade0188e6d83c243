package org.f1pipeline.fetch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.f1pipeline.internal.Checks;

/**
 * An ordered list of phases: every task of a phase runs (concurrently when parallel) after every task of the
 * previous phase has finished. Prerequisites go in early phases (meetings, then sessions); the independent endpoint
 * tasks, and per-driver fan-outs, in later ones. A phase's tasks may be computed from earlier results, so a plan can
 * fan out over meetings or drivers it only learns while running.
 */
public final class EndpointPlan {

    /** Computes a phase's tasks from the results so far. */
    @FunctionalInterface
    public interface TaskFactory {
        /**
         * The tasks of the phase.
         *
         * @param previous results of the earlier phases
         * @return the tasks; may be empty
         */
        List<EndpointTask<?>> tasks(PlanResults previous);
    }

    /**
     * One phase.
     *
     * @param name    the phase name for logs
     * @param factory produces the phase's tasks when the phase starts
     */
    public record Phase(String name, TaskFactory factory) {
        /** Validates the fields. */
        public Phase {
            Checks.notBlank(name, "phase name");
            Checks.notNull(factory, "factory");
        }
    }

    private final List<Phase> phases;

    private EndpointPlan(List<Phase> phases) {
        this.phases = List.copyOf(phases);
    }

    /** The phases, in order. */
    public List<Phase> phases() {
        return phases;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects phases in order. */
    public static final class Builder {
        private final List<Phase> phases = new ArrayList<>();

        private Builder() {
        }

        /** A phase with a fixed list of tasks. */
        public Builder phase(String name, EndpointTask<?>... tasks) {
            List<EndpointTask<?>> fixed = List.copyOf(Arrays.asList(tasks));
            phases.add(new Phase(name, previous -> fixed));
            return this;
        }

        /** A phase with a fixed list of tasks. */
        public Builder phase(String name, List<? extends EndpointTask<?>> tasks) {
            List<EndpointTask<?>> fixed = List.copyOf(tasks);
            phases.add(new Phase(name, previous -> fixed));
            return this;
        }

        /** A phase whose tasks are computed from earlier results when it starts. */
        public Builder phase(String name, TaskFactory factory) {
            phases.add(new Phase(name, factory));
            return this;
        }

        /** Builds the plan. */
        public EndpointPlan build() {
            return new EndpointPlan(phases);
        }
    }
}
