package io.logistik.core.fulfilment;

/** How far a plan's number of shipments is known to be the least possible. */
public enum Optimality {
    /** No plan under the same policy and cap uses fewer storages (nor, under {@link Policy#PARTIAL}, allocates more units). */
    PROVEN_OPTIMAL,
    /** The search budget ran out; the plan is the best found, and a better one may exist. */
    BEST_WITHIN_BUDGET,
    /** The strategy does not minimise shipments (priority, original, single storage, most custom ones). */
    NOT_OPTIMISED
}
