package io.logistik.core.fulfilment;

import java.util.ArrayList;
import java.util.List;

/**
 * The original app's rule: per line, the storages holding the SKU by ascending stock, each giving all
 * it has until the line is covered. The original listed a storage with no stock as a zero-quantity
 * entry; a plan has no zero allocations, so such storages are left out.
 */
final class OriginalStrategy implements FulfilmentStrategy {

    @Override
    public String name() {
        return "original";
    }

    @Override
    public StrategyOutcome allocate(PlanningProblem problem) {
        int n = problem.storageCount();
        int[] order = new int[n];
        long[] stock = new long[n];
        List<Allocation> out = new ArrayList<>();
        for (int l = 0; l < problem.lineCount(); l++) {
            int holding = 0;
            for (int s = 0; s < n; s++) {
                stock[s] = problem.available(s, l);
                if (stock[s] > 0) {
                    order[holding++] = s;
                }
            }
            IndexSort.sort(order, holding, stock, false);
            long remaining = problem.target(l);
            for (int i = 0; i < holding && remaining > 0; i++) {
                long take = Math.min(remaining, stock[order[i]]);
                out.add(problem.allocation(l, order[i], take));
                remaining -= take;
            }
        }
        return StrategyOutcome.allocated(out, Optimality.NOT_OPTIMISED);
    }
}
