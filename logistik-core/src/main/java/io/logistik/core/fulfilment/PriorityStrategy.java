package io.logistik.core.fulfilment;

import io.logistik.core.ValidationException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Fills lines from the caller's storage rank order, top first. */
final class PriorityStrategy implements FulfilmentStrategy {

    private final Map<Long, Integer> rankOf;

    PriorityStrategy(List<Long> storageRank) {
        if (storageRank == null) {
            throw new ValidationException("storage_rank", "must not be null");
        }
        rankOf = new HashMap<>();
        for (int i = 0; i < storageRank.size(); i++) {
            Long id = storageRank.get(i);
            if (id == null) {
                throw new ValidationException("storage_rank[" + i + "]", "must not be null");
            }
            if (rankOf.putIfAbsent(id, i) != null) {
                throw new ValidationException("storage_rank[" + i + "]", "storage " + id + " is ranked twice");
            }
        }
    }

    @Override
    public String name() {
        return "priority";
    }

    @Override
    public StrategyOutcome allocate(PlanningProblem problem) {
        int n = problem.storageCount();
        int[] order = new int[n];
        int listed = 0;
        for (int s = 0; s < n; s++) {
            if (rankOf.containsKey(problem.storageId(s))) {
                order[listed++] = s;
            }
        }
        int unlisted = listed;
        for (int s = 0; s < n; s++) {
            if (!rankOf.containsKey(problem.storageId(s))) {
                order[unlisted++] = s;
            }
        }
        sortByRank(order, listed, problem);
        List<Allocation> out = new ArrayList<>();
        for (int l = 0; l < problem.lineCount(); l++) {
            long remaining = problem.target(l);
            for (int i = 0; i < n && remaining > 0; i++) {
                long take = Math.min(remaining, problem.available(order[i], l));
                if (take > 0) {
                    out.add(problem.allocation(l, order[i], take));
                    remaining -= take;
                }
            }
        }
        return StrategyOutcome.allocated(out, Optimality.NOT_OPTIMISED);
    }

    /** Insertion sort of the first {@code count} entries by rank: the listed storages of one order are few. */
    private void sortByRank(int[] order, int count, PlanningProblem problem) {
        for (int i = 1; i < count; i++) {
            int s = order[i];
            int rank = rankOf.get(problem.storageId(s));
            int j = i - 1;
            while (j >= 0 && rankOf.get(problem.storageId(order[j])) > rank) {
                order[j + 1] = order[j];
                j--;
            }
            order[j + 1] = s;
        }
    }
}
