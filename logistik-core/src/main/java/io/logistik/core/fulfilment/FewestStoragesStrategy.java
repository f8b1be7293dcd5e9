package io.logistik.core.fulfilment;

import io.logistik.core.ValidationException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fewest storages: exact search over growing storage sets under a step budget, greedy set cover when
 * the budget runs out. See {@link FulfilmentStrategies#fewestStorages()} for the rules.
 */
final class FewestStoragesStrategy implements FulfilmentStrategy {

    @Override
    public String name() {
        return "fewest-storages";
    }

    @Override
    public StrategyOutcome allocate(PlanningProblem problem) {
        return new Search(problem).run();
    }

    /** One planning call's search state; never shared. */
    private static final class Search {

        private final PlanningProblem problem;
        private final int lines;
        /** Storage indices of the problem in rank order: contribution descending, then id ascending. */
        private int[] ranked;
        /** cap[p][l]: units storage ranked[p] can give line l, capped at the line's target. */
        private long[][] cap;
        private long[] strength;
        private final long[] target;
        private final long totalTarget;
        private boolean[] dominatorsKnown;
        private long[][] dominators;
        private int[] dominatorCount;
        private long[] serves;
        private long budgetLeft;
        private boolean exhausted;

        private final long[] covered;
        private int[] chosen;
        private long[] chosenMask;
        private int[] bestSet;
        private long bestUnits;
        private long enough;

        Search(PlanningProblem problem) {
            this.problem = problem;
            this.lines = problem.lineCount();
            this.target = new long[lines];
            long sum = 0;
            for (int l = 0; l < lines; l++) {
                target[l] = problem.target(l);
                sum += target[l];
                // Sums of up to one storage count times the target must fit a long: see tooLarge().
                if (sum < 0 || sum > Long.MAX_VALUE / (problem.storageCount() + 2)) {
                    throw tooLarge();
                }
            }
            this.totalTarget = sum;
            this.covered = new long[lines];
            this.budgetLeft = problem.searchBudget();
        }

        private ValidationException tooLarge() {
            return new ValidationException("order_lines", "the order's " + lines + " lines ask for more units than "
                    + "fewest-storages can count across " + problem.storageCount() + " storages (at most "
                    + Long.MAX_VALUE / (problem.storageCount() + 2) + " in total)");
        }

        StrategyOutcome run() {
            if (totalTarget == 0) {
                return StrategyOutcome.allocated(List.of(), Optimality.PROVEN_OPTIMAL);
            }
            rank();
            int n = ranked.length;
            int maxK = Math.min(problem.maxShipments(), n);
            int ruledOutBelow = 0;
            for (int k = 1; k <= maxK && !exhausted; k++) {
                int[] set = search(k, totalTarget, totalTarget);
                if (set != null) {
                    return plan(set, exhausted ? Optimality.BEST_WITHIN_BUDGET : Optimality.PROVEN_OPTIMAL);
                }
                if (!exhausted) {
                    ruledOutBelow = k;
                }
            }
            if (exhausted) {
                int[] set = greedy(maxK);
                boolean covers = units(set) == totalTarget;
                if (covers || problem.policy() == Policy.PARTIAL) {
                    boolean proven = covers && set.length == ruledOutBelow + 1;
                    return plan(set, proven ? Optimality.PROVEN_OPTIMAL : Optimality.BEST_WITHIN_BUDGET);
                }
                return capRefusal("no plan within the cap was found within the search budget of "
                        + problem.searchBudget() + " steps");
            }
            if (problem.policy() == Policy.ALL_OR_NOTHING) {
                return capRefusal("every set of up to " + maxK + " storages leaves a line short");
            }
            return bestUnderCap(maxK);
        }

        /** Partial policy with a binding cap: the most units with at most {@code maxK} storages, then the fewest storages. */
        private StrategyOutcome bestUnderCap(int maxK) {
            int[] best = search(maxK, 1, totalTarget);
            if (exhausted) {
                int[] greedy = greedy(maxK);
                if (best == null || units(greedy) > units(best)) {
                    best = greedy;
                }
                return plan(best, Optimality.BEST_WITHIN_BUDGET);
            }
            long most = units(best);
            for (int k = 1; k < maxK; k++) {
                int[] set = search(k, most, most);
                if (exhausted) {
                    return plan(best, Optimality.BEST_WITHIN_BUDGET);
                }
                if (set != null) {
                    return plan(set, Optimality.PROVEN_OPTIMAL);
                }
            }
            return plan(best, Optimality.PROVEN_OPTIMAL);
        }

        private StrategyOutcome capRefusal(String why) {
            return StrategyOutcome.refused(Constraint.SHIPMENT_CAP, "the order needs more than " + problem.maxShipments()
                    + " storages: " + why);
        }

        private void rank() {
            int n = problem.storageCount();
            long[] contribution = new long[n];
            int useful = 0;
            for (int s = 0; s < n; s++) {
                for (int l = 0; l < lines; l++) {
                    contribution[s] += Math.min(problem.available(s, l), target[l]);
                }
                if (contribution[s] > 0) {
                    useful++;
                }
            }
            int[] order = new int[useful];
            int i = 0;
            for (int s = 0; s < n; s++) {
                if (contribution[s] > 0) {
                    order[i++] = s;
                }
            }
            IndexSort.sort(order, useful, contribution, true);
            ranked = new int[useful];
            cap = new long[useful][lines];
            strength = new long[useful];
            for (int p = 0; p < useful; p++) {
                ranked[p] = order[p];
                strength[p] = contribution[order[p]];
                for (int l = 0; l < lines; l++) {
                    cap[p][l] = Math.min(problem.available(order[p], l), target[l]);
                }
            }
            chosen = new int[useful];
            chosenMask = new long[(useful + 63) >>> 6];
        }

        /**
         * The earlier ranked storages whose capped vector is at least as large as storage {@code p}'s in
         * every line, as a bit set, or null when there are none. Rank order puts every dominator first:
         * its contribution is at least as large and, on equal vectors, its id is lower. Worked out on
         * first use, since a search usually stops long before it has looked at every storage.
         */
        private long[] dominatorsOf(int p) {
            if (dominatorsKnown == null) {
                int n = ranked.length;
                dominatorsKnown = new boolean[n];
                dominators = new long[n][];
                dominatorCount = new int[n];
                // Which of the first 64 lines each storage serves: a dominator serves all its lines, a
                // one-word test that rejects most pairs before the line-by-line comparison.
                serves = new long[n];
                for (int q = 0; q < n; q++) {
                    for (int l = 0; l < Math.min(lines, 64); l++) {
                        if (cap[q][l] > 0) {
                            serves[q] |= 1L << l;
                        }
                    }
                }
            }
            if (!dominatorsKnown[p]) {
                dominatorsKnown[p] = true;
                for (int q = 0; q < p; q++) {
                    if ((serves[p] & ~serves[q]) == 0 && dominates(q, p)) {
                        if (dominators[p] == null) {
                            dominators[p] = new long[(ranked.length + 63) >>> 6];
                        }
                        dominators[p][q >>> 6] |= 1L << q;
                        dominatorCount[p]++;
                    }
                }
            }
            return dominators[p];
        }

        private boolean dominates(int q, int p) {
            for (int l = 0; l < lines; l++) {
                if (cap[q][l] < cap[p][l]) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The first set of size {@code k} in rank order whose units are the most among those of size
         * {@code k} reaching at least {@code floor}; stops at the first set reaching {@code enough}.
         * Returns null when none reaches {@code floor} or the budget ran out first.
         */
        private int[] search(int k, long floor, long enough) {
            this.enough = enough;
            bestSet = null;
            bestUnits = floor - 1;
            Arrays.fill(covered, 0);
            dfs(0, 0, k, 0);
            return bestSet;
        }

        /** Returns true to stop the whole search (target reached or budget spent). */
        private boolean dfs(int start, int depth, int k, long units) {
            int slots = k - depth;
            int n = ranked.length;
            for (int p = start; p <= n - slots; p++) {
                if (units + slots * strength[p] <= bestUnits) {
                    return false;
                }
                if (--budgetLeft < 0) {
                    exhausted = true;
                    return true;
                }
                if (k > 1) {
                    long[] mask = dominatorsOf(p);
                    if (mask != null && (dominatorCount[p] > depth || !allChosen(mask))) {
                        continue;
                    }
                }
                if (slots == 1 && bestUnits == totalTarget - 1) {
                    if (completes(p)) {
                        chosen[depth] = p;
                        bestUnits = totalTarget;
                        bestSet = Arrays.copyOf(chosen, k);
                        return true;
                    }
                    continue;
                }
                long gained = 0;
                long optimistic = 0;
                for (int l = 0; l < lines; l++) {
                    long before = covered[l];
                    long after = before + cap[p][l];
                    gained += Math.min(after, target[l]) - Math.min(before, target[l]);
                    covered[l] = after;
                    if (slots > 1) {
                        optimistic += Math.min(target[l], after + (slots - 1) * maxFrom(p + 1, l));
                    }
                }
                long now = units + gained;
                boolean stop = false;
                chosen[depth] = p;
                chosenMask[p >>> 6] |= 1L << p;
                if (slots == 1) {
                    if (now > bestUnits) {
                        bestUnits = now;
                        bestSet = Arrays.copyOf(chosen, k);
                        stop = now >= enough;
                    }
                } else if (optimistic > bestUnits) {
                    stop = dfs(p + 1, depth + 1, k, now);
                }
                chosenMask[p >>> 6] &= ~(1L << p);
                for (int l = 0; l < lines; l++) {
                    covered[l] -= cap[p][l];
                }
                if (stop) {
                    return true;
                }
            }
            return false;
        }

        /** Whether adding storage {@code p} covers every line's target. */
        private boolean completes(int p) {
            for (int l = 0; l < lines; l++) {
                if (covered[l] + cap[p][l] < target[l]) {
                    return false;
                }
            }
            return true;
        }

        private long[][] suffixMax;

        /** The largest capped availability of line {@code l} among ranked storages from {@code p} on. */
        private long maxFrom(int p, int l) {
            if (suffixMax == null) {
                int n = ranked.length;
                suffixMax = new long[n + 1][lines];
                for (int q = n - 1; q >= 0; q--) {
                    for (int m = 0; m < lines; m++) {
                        suffixMax[q][m] = Math.max(suffixMax[q + 1][m], cap[q][m]);
                    }
                }
            }
            return suffixMax[p][l];
        }

        private boolean allChosen(long[] mask) {
            for (int w = 0; w < mask.length; w++) {
                if ((mask[w] & ~chosenMask[w]) != 0) {
                    return false;
                }
            }
            return true;
        }

        /** Greedy set cover: repeatedly the storage adding the most units (first in rank order on ties). */
        private int[] greedy(int maxK) {
            long[] have = new long[lines];
            boolean[] used = new boolean[ranked.length];
            int[] set = new int[maxK];
            int size = 0;
            long units = 0;
            while (size < maxK && units < totalTarget) {
                int pick = -1;
                long pickGain = 0;
                for (int p = 0; p < ranked.length; p++) {
                    if (used[p] || strength[p] <= pickGain) {
                        continue;
                    }
                    long gain = 0;
                    for (int l = 0; l < lines; l++) {
                        gain += Math.min(have[l] + cap[p][l], target[l]) - Math.min(have[l], target[l]);
                    }
                    if (gain > pickGain) {
                        pick = p;
                        pickGain = gain;
                    }
                }
                if (pick < 0) {
                    break;
                }
                used[pick] = true;
                set[size++] = pick;
                units += pickGain;
                for (int l = 0; l < lines; l++) {
                    have[l] += cap[pick][l];
                }
            }
            int[] out = Arrays.copyOf(set, size);
            Arrays.sort(out);
            return out;
        }

        private long units(int[] set) {
            long units = 0;
            for (int l = 0; l < lines; l++) {
                long sum = 0;
                for (int p : set) {
                    sum += cap[p][l];
                }
                units += Math.min(sum, target[l]);
            }
            return units;
        }

        /** Each line takes its units from the set's storages in rank order. */
        private StrategyOutcome plan(int[] set, Optimality optimality) {
            List<Allocation> out = new ArrayList<>();
            for (int l = 0; l < lines; l++) {
                long remaining = target[l];
                for (int i = 0; i < set.length && remaining > 0; i++) {
                    long take = Math.min(remaining, cap[set[i]][l]);
                    if (take > 0) {
                        out.add(problem.allocation(l, ranked[set[i]], take));
                        remaining -= take;
                    }
                }
            }
            return StrategyOutcome.allocated(out, optimality);
        }
    }
}
