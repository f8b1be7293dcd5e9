package io.logistik.core.fulfilment;

import java.util.List;
import java.util.Objects;

/**
 * A strategy's answer: allocations, or a refusal. Made with {@link #allocated} or {@link #refused}.
 */
public final class StrategyOutcome {

    private final List<Allocation> allocations;
    private final Optimality optimality;
    private final Constraint constraint;
    private final String reason;

    private StrategyOutcome(List<Allocation> allocations, Optimality optimality, Constraint constraint, String reason) {
        this.allocations = allocations;
        this.optimality = optimality;
        this.constraint = constraint;
        this.reason = reason;
    }

    /**
     * Allocations the planner turns into a plan after checking them.
     *
     * @param allocations at most one per (line, storage), made with {@link PlanningProblem#allocation}
     * @param optimality  what the strategy can claim about the number of shipments
     * @return the outcome
     * @throws NullPointerException when an argument is null
     */
    public static StrategyOutcome allocated(List<Allocation> allocations, Optimality optimality) {
        return new StrategyOutcome(List.copyOf(allocations), Objects.requireNonNull(optimality, "optimality"), null, null);
    }

    /**
     * No plan: stock would cover the order, but not within {@code constraint}.
     *
     * @param constraint the rule that refuses
     * @param reason     why, in words
     * @return the outcome
     * @throws NullPointerException when an argument is null
     */
    public static StrategyOutcome refused(Constraint constraint, String reason) {
        return new StrategyOutcome(null, null, Objects.requireNonNull(constraint, "constraint"),
                Objects.requireNonNull(reason, "reason"));
    }

    boolean isRefusal() {
        return constraint != null;
    }

    List<Allocation> allocations() {
        return allocations;
    }

    Optimality optimality() {
        return optimality;
    }

    Constraint constraint() {
        return constraint;
    }

    String reason() {
        return reason;
    }
}
