package io.logistik.core.fulfilment;

import java.util.Objects;

/**
 * Available stock could cover the order, but not within the strategy or a policy constraint (one
 * storage only, a shipment cap). Distinct from a {@link Shortfall}: adding stock would not help,
 * relaxing the constraint would.
 *
 * @param orderId    the order's id, or {@code null} when it is not stored
 * @param strategy   the name of the strategy that was asked
 * @param constraint the rule that refused
 * @param reason     why, in words
 */
public record Refusal(Long orderId, String strategy, Constraint constraint, String reason) implements FulfilmentResult {

    public Refusal {
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(reason, "reason");
    }

    /**
     * Always throws: a refusal has no plan.
     *
     * @throws FulfilmentRefusedException naming the constraint
     */
    @Override
    public Plan requirePlan() {
        throw new FulfilmentRefusedException(this);
    }
}
