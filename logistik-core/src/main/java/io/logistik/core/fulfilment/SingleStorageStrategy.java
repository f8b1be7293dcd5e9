package io.logistik.core.fulfilment;

import java.util.ArrayList;
import java.util.List;

/** The whole order from one storage, or a refusal. */
final class SingleStorageStrategy implements FulfilmentStrategy {

    @Override
    public String name() {
        return "single-storage";
    }

    @Override
    public StrategyOutcome allocate(PlanningProblem problem) {
        int best = -1;
        long bestUnits = 0;
        long wanted = 0;
        for (int l = 0; l < problem.lineCount(); l++) {
            wanted += problem.target(l);
        }
        for (int s = 0; s < problem.storageCount(); s++) {
            long units = 0;
            for (int l = 0; l < problem.lineCount(); l++) {
                units += Math.min(problem.target(l), problem.available(s, l));
            }
            if (units > bestUnits) {
                best = s;
                bestUnits = units;
            }
            if (units == wanted && problem.policy() == Policy.ALL_OR_NOTHING) {
                break;
            }
        }
        if (wanted > 0 && (best < 0 || (problem.policy() == Policy.ALL_OR_NOTHING && bestUnits < wanted))) {
            return StrategyOutcome.refused(Constraint.SINGLE_STORAGE, "no storage holds the whole order; the most any one can serve is "
                    + bestUnits + " of " + wanted + " units");
        }
        List<Allocation> out = new ArrayList<>();
        for (int l = 0; l < problem.lineCount() && best >= 0; l++) {
            long take = Math.min(problem.target(l), problem.available(best, l));
            if (take > 0) {
                out.add(problem.allocation(l, best, take));
            }
        }
        return StrategyOutcome.allocated(out, Optimality.NOT_OPTIMISED);
    }
}
