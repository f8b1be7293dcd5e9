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
        List<Allocation> out = new ArrayList<>();
        for (int l = 0; l < problem.lineCount(); l++) {
            int holding = 0;
            for (int s = 0; s < n; s++) {
                if (problem.available(s, l) > 0) {
                    order[holding++] = s;
                }
            }
            sortByStock(order, holding, problem, l);
            long remaining = problem.target(l);
            for (int i = 0; i < holding && remaining > 0; i++) {
                long take = Math.min(remaining, problem.available(order[i], l));
                out.add(problem.allocation(l, order[i], take));
                remaining -= take;
            }
        }
        return StrategyOutcome.allocated(out, Optimality.NOT_OPTIMISED);
    }

    /** Stable insertion sort by available units; storage indices are already in ascending id order. */
    private static void sortByStock(int[] order, int count, PlanningProblem problem, int line) {
        for (int i = 1; i < count; i++) {
            int s = order[i];
            long stock = problem.available(s, line);
            int j = i - 1;
            while (j >= 0 && problem.available(order[j], line) > stock) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = s;
        }
    }
}
