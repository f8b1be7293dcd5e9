package io.logistik.core.fulfilment;

import io.logistik.core.ValidationException;
import io.logistik.core.internal.Violations;

/**
 * How to plan: the strategy, the policy, a cap on shipments and the search budget.
 *
 * @param strategy     the strategy; {@link FulfilmentStrategies#fewestStorages()} by default
 * @param policy       all-or-nothing (default) or partial
 * @param maxShipments the most storages a plan may ship from, &gt;= 1; {@link #NO_CAP} for none
 * @param searchBudget how many search steps an optimising strategy may take before it falls back to
 *                     a heuristic and says so, &gt;= 1
 */
public record PlanOptions(FulfilmentStrategy strategy, Policy policy, int maxShipments, long searchBudget) {

    /** {@link #maxShipments()} meaning "no cap". */
    public static final int NO_CAP = Integer.MAX_VALUE;

    /**
     * The default search budget. On 10 lines x 50 storages of the benchmark's generator the exact
     * search needs far fewer steps; the budget bounds the worst case (see the README's performance table).
     */
    public static final long DEFAULT_SEARCH_BUDGET = 20_000;

    private static final PlanOptions DEFAULTS =
            new PlanOptions(FulfilmentStrategies.fewestStorages(), Policy.ALL_OR_NOTHING, NO_CAP, DEFAULT_SEARCH_BUDGET);

    /**
     * Checks every field.
     *
     * @throws ValidationException listing every violated field
     */
    public PlanOptions {
        Violations v = new Violations();
        if (strategy == null) {
            v.add("strategy", "must not be null");
        }
        if (policy == null) {
            v.add("policy", "must not be null");
        }
        if (maxShipments < 1) {
            v.add("max_shipments", "must be at least 1, was " + maxShipments);
        }
        if (searchBudget < 1) {
            v.add("search_budget", "must be at least 1, was " + searchBudget);
        }
        v.throwIfAny();
    }

    /** Fewest storages, all-or-nothing, no cap, the default budget. */
    public static PlanOptions defaults() {
        return DEFAULTS;
    }

    /** The defaults with this strategy. */
    public static PlanOptions using(FulfilmentStrategy strategy) {
        return DEFAULTS.withStrategy(strategy);
    }

    public PlanOptions withStrategy(FulfilmentStrategy newStrategy) {
        return new PlanOptions(newStrategy, policy, maxShipments, searchBudget);
    }

    public PlanOptions withPolicy(Policy newPolicy) {
        return new PlanOptions(strategy, newPolicy, maxShipments, searchBudget);
    }

    /** These options with a cap on shipments ({@link #NO_CAP} removes it). */
    public PlanOptions withMaxShipments(int newMax) {
        return new PlanOptions(strategy, policy, newMax, searchBudget);
    }

    public PlanOptions withSearchBudget(long newBudget) {
        return new PlanOptions(strategy, policy, maxShipments, newBudget);
    }
}
