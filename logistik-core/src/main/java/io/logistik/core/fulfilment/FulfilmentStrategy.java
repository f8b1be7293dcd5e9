package io.logistik.core.fulfilment;

/**
 * Decides which storages serve an order. Implement it to plug in a rule of your own; pass it with
 * {@link PlanOptions#withStrategy}. The planner does everything around it: it builds the
 * {@link PlanningProblem} (available stock per storage and line, the policy's target per line),
 * reports shortfalls before asking, and checks the answer (never above availability or request,
 * every line covered under all-or-nothing, the shipment cap) before it becomes a {@link Plan}.
 *
 * <p>Implementations must be deterministic and must not keep state between calls: one instance
 * may plan on many threads at once.
 */
public interface FulfilmentStrategy {

    /** A short name for plans, refusals and logs, e.g. {@code "fewest-storages"}. */
    String name();

    /**
     * Allocates units for the problem's lines.
     *
     * @param problem the order, the stock it may use, the policy's target per line
     * @return allocations, or a refusal naming the rule that prevents a plan
     */
    StrategyOutcome allocate(PlanningProblem problem);
}
