package io.logistik.core.fulfilment;

import io.logistik.core.ValidationException;

import java.util.ArrayList;
import java.util.Arrays;
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
        // Sort key: rank (unlisted storages after every listed one), then the index, which follows the id.
        long[] keys = new long[n];
        for (int s = 0; s < n; s++) {
            Integer rank = rankOf.get(problem.storageId(s));
            keys[s] = ((long) (rank == null ? Integer.MAX_VALUE : rank) << 32) | s;
        }
        Arrays.sort(keys);
        List<Allocation> out = new ArrayList<>();
        for (int l = 0; l < problem.lineCount(); l++) {
            long remaining = problem.target(l);
            for (int i = 0; i < n && remaining > 0; i++) {
                int s = (int) keys[i];
                long take = Math.min(remaining, problem.available(s, l));
                if (take > 0) {
                    out.add(problem.allocation(l, s, take));
                    remaining -= take;
                }
            }
        }
        return StrategyOutcome.allocated(out, Optimality.NOT_OPTIMISED);
    }
}
