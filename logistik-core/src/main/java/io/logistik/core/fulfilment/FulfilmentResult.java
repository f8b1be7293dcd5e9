package io.logistik.core.fulfilment;

import io.logistik.core.InsufficientStockException;

/**
 * What the planner answers: a {@link Plan}, a {@link Shortfall} (stock cannot cover the order) or a
 * {@link Refusal} (stock could, but the strategy or a policy constraint cannot). Use
 * {@code instanceof} patterns, or {@link #requirePlan()} to turn the other two into exceptions.
 */
public sealed interface FulfilmentResult permits Plan, Shortfall, Refusal {

    /** The order's id, or {@code null} when the planned order is not stored. */
    Long orderId();

    /** Whether this result is a {@link Plan}. */
    default boolean isPlan() {
        return this instanceof Plan;
    }

    /**
     * This result as a plan.
     *
     * @return the plan
     * @throws InsufficientStockException   when this is a {@link Shortfall}; it lists every short line
     * @throws FulfilmentRefusedException when this is a {@link Refusal}; it names the constraint
     */
    Plan requirePlan();
}
