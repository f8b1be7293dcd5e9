package io.logistik.core.fulfilment;

import io.logistik.core.model.OrderLine;
import io.logistik.core.model.StockLevel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The fewest-storages strategy against a brute-force optimum on small random instances: every subset
 * of storages is tried, so the least number of shipments (and, under the partial policy, the most
 * units) is known exactly.
 */
class FewestStoragesPropertyTest {

    private static final long SEED = 0x10615717L;
    private static final int INSTANCES = 6_000;
    private static final RandomInstances SHAPES = new RandomInstances(8, 12, 0.45, 9, 12);

    @Test
    void fewestStorages_randomInstancesWithinDefaultBudget_matchBruteForceOptimumAndTieBreak() {
        Random random = new Random(SEED);
        int plans = 0;
        for (int i = 0; i < INSTANCES; i++) {
            Case c = nextCase(random, PlanOptions.DEFAULT_SEARCH_BUDGET);
            FulfilmentResult result = c.plan();
            Optimum best = Optimum.of(c);
            checkAgainstOptimum(c, result, best, i);
            if (result instanceof Plan plan) {
                plans++;
                assertThat(plan.optimality()).as("instance %d: 8 x 12 fits the default budget", i)
                        .isEqualTo(Optimality.PROVEN_OPTIMAL);
                assertThat(storagesOf(plan)).as("instance %d: the first least set in rank order", i)
                        .isEqualTo(best.firstSet);
            }
        }
        assertThat(plans).as("most instances give plans, so the checks above bite").isGreaterThan(INSTANCES / 2);
    }

    @Test
    void fewestStorages_randomInstancesWithTinyBudgets_neverClaimProvenOptimalWrongly() {
        Random random = new Random(SEED + 1);
        int notProven = 0;
        int proven = 0;
        for (int i = 0; i < INSTANCES; i++) {
            Case c = nextCase(random, 1 + random.nextInt(40));
            FulfilmentResult result = c.plan();
            Optimum best = Optimum.of(c);
            if (result instanceof Refusal refusal && !best.refused) {
                assertThat(refusal.reason()).as("instance %d", i).contains("search budget");
                continue;
            }
            checkAgainstOptimum(c, result, best, i);
            if (result instanceof Plan plan) {
                if (plan.provenOptimal()) {
                    proven++;
                } else {
                    notProven++;
                }
            }
        }
        assertThat(notProven).as("tiny budgets reach the greedy fallback").isPositive();
        assertThat(proven).as("and some plans are still proven").isPositive();
    }

    private static void checkAgainstOptimum(Case c, FulfilmentResult result, Optimum best, int i) {
        assertThat(c.plan()).as("instance %d: same input, same result", i).isEqualTo(result);
        assertThat(c.planOnShuffledStock()).as("instance %d: stock order does not matter", i).isEqualTo(result);
        if (best.shortLines != null) {
            assertThat(result).as("instance %d", i).isInstanceOf(Shortfall.class);
            assertThat(((Shortfall) result).lines()).extracting(Shortfall.Line::lineIndex).isEqualTo(best.shortLines);
            return;
        }
        if (best.refused) {
            assertThat(result).as("instance %d: needs %s storages, cap %s", i, best.size, c.options.maxShipments())
                    .isInstanceOfSatisfying(Refusal.class, r -> assertThat(r.constraint()).isEqualTo(Constraint.SHIPMENT_CAP));
            return;
        }
        if (!(result instanceof Plan plan)) {
            fail("instance %d: expected a plan, got %s", i, result);
            return;
        }
        checkFeasible(c, plan, i);
        assertThat(plan.shipmentCount()).as("instance %d", i).isLessThanOrEqualTo(c.options.maxShipments());
        if (c.options.policy() == Policy.PARTIAL) {
            if (plan.provenOptimal()) {
                assertThat(plan.allocatedUnits()).as("instance %d: most units", i).isEqualTo(best.units);
            } else {
                assertThat(plan.allocatedUnits()).as("instance %d", i).isLessThanOrEqualTo(best.units);
            }
        }
        if (plan.provenOptimal()) {
            assertThat(plan.shipmentCount()).as("instance %d: proven means least", i).isEqualTo(best.size);
        } else if (plan.allocatedUnits() == best.units) {
            assertThat(plan.shipmentCount()).as("instance %d", i).isGreaterThanOrEqualTo(best.size);
        }
    }

    /** Never above availability per (storage, SKU) nor above the request; every line covered under all-or-nothing. */
    private static void checkFeasible(Case c, Plan plan, int i) {
        StockSnapshot snapshot = c.instance.snapshot();
        Map<String, Long> perKey = new HashMap<>();
        long[] perLine = new long[c.instance.order().lines().size()];
        for (Allocation a : plan.allocations()) {
            perKey.merge(a.storageId() + "/" + a.skuId(), a.quantity(), Long::sum);
            perLine[a.lineIndex()] += a.quantity();
            assertThat(perKey.get(a.storageId() + "/" + a.skuId())).as("instance %d: %s", i, a)
                    .isLessThanOrEqualTo(snapshot.available(a.storageId(), a.skuId()));
        }
        for (int l = 0; l < perLine.length; l++) {
            OrderLine line = c.instance.order().lines().get(l);
            assertThat(perLine[l]).as("instance %d line %d", i, l).isLessThanOrEqualTo(line.quantity());
            if (c.options.policy() == Policy.ALL_OR_NOTHING) {
                assertThat(perLine[l]).as("instance %d line %d covered", i, l).isEqualTo(line.quantity());
            }
        }
        assertThat(plan.backorders()).allSatisfy(b -> assertThat(b.allocated()).isEqualTo(perLine[b.lineIndex()]));
        assertThat(plan.shipments()).extracting(Shipment::storageId).doesNotHaveDuplicates().hasSize(plan.shipmentCount());
    }

    private static List<Long> storagesOf(Plan plan) {
        return new ArrayList<>(new TreeSet<>(plan.allocations().stream().map(Allocation::storageId).toList()));
    }

    private static Case nextCase(Random random, long budget) {
        RandomInstances.Instance instance = SHAPES.generate(random, 1 + random.nextInt(8), 1 + random.nextInt(12));
        Policy policy = random.nextInt(5) < 3 ? Policy.ALL_OR_NOTHING : Policy.PARTIAL;
        int cap = random.nextInt(5) == 0 ? 1 + random.nextInt(4) : PlanOptions.NO_CAP;
        PlanOptions options = PlanOptions.defaults().withPolicy(policy).withMaxShipments(cap).withSearchBudget(budget);
        return new Case(instance, options, random.nextLong());
    }

    private record Case(RandomInstances.Instance instance, PlanOptions options, long shuffleSeed) {
        FulfilmentResult plan() {
            return FulfilmentPlanner.plan(instance.order(), instance.snapshot(), options);
        }

        FulfilmentResult planOnShuffledStock() {
            List<StockLevel> shuffled = new ArrayList<>(instance.stock());
            Collections.shuffle(shuffled, new Random(shuffleSeed));
            return FulfilmentPlanner.plan(instance.order(), StockSnapshot.of(shuffled), options);
        }
    }

    /**
     * The brute-force answer: short lines; or the least size and the first least set in rank order
     * (contribution descending, then id) reaching the most units possible within the cap.
     */
    private static final class Optimum {
        List<Integer> shortLines;
        boolean refused;
        int size;
        long units;
        List<Long> firstSet;

        static Optimum of(Case c) {
            Optimum o = new Optimum();
            List<OrderLine> lines = c.instance.order().lines();
            StockSnapshot snapshot = c.instance.snapshot();
            int lineCount = lines.size();
            long[] target = new long[lineCount];
            long totalTarget = 0;
            for (int l = 0; l < lineCount; l++) {
                long total = snapshot.totalAvailable(lines.get(l).skuId());
                long requested = lines.get(l).quantity();
                if (total < requested && c.options.policy() == Policy.ALL_OR_NOTHING) {
                    if (o.shortLines == null) {
                        o.shortLines = new ArrayList<>();
                    }
                    o.shortLines.add(l);
                }
                target[l] = Math.min(requested, total);
                totalTarget += target[l];
            }
            if (o.shortLines != null) {
                return o;
            }
            List<Long> storages = new ArrayList<>(new TreeSet<>(c.instance.stock().stream().map(StockLevel::storageId).toList()));
            List<long[]> caps = new ArrayList<>();
            List<Long> contribution = new ArrayList<>();
            for (long id : storages) {
                long[] cap = new long[lineCount];
                long sum = 0;
                for (int l = 0; l < lineCount; l++) {
                    cap[l] = Math.min(target[l], snapshot.available(id, lines.get(l).skuId()));
                    sum += cap[l];
                }
                caps.add(cap);
                contribution.add(sum);
            }
            List<Integer> rank = new ArrayList<>();
            for (int s = 0; s < storages.size(); s++) {
                if (contribution.get(s) > 0) {
                    rank.add(s);
                }
            }
            rank.sort((a, b) -> !contribution.get(a).equals(contribution.get(b))
                    ? Long.compare(contribution.get(b), contribution.get(a)) : Long.compare(storages.get(a), storages.get(b)));
            int n = rank.size();
            int cap = Math.min(c.options.maxShipments(), n);
            o.units = -1;
            o.size = Integer.MAX_VALUE;
            List<Integer> bestMasks = new ArrayList<>();
            for (int mask = 0; mask < (1 << n); mask++) {
                int size = Integer.bitCount(mask);
                if (size > cap) {
                    continue;
                }
                long units = 0;
                for (int l = 0; l < lineCount; l++) {
                    long sum = 0;
                    for (int p = 0; p < n; p++) {
                        if ((mask & (1 << p)) != 0) {
                            sum += caps.get(rank.get(p))[l];
                        }
                    }
                    units += Math.min(sum, target[l]);
                }
                if (units > o.units || (units == o.units && size < o.size)) {
                    o.units = units;
                    o.size = size;
                    bestMasks.clear();
                }
                if (units == o.units && size == o.size) {
                    bestMasks.add(mask);
                }
            }
            if (c.options.policy() == Policy.ALL_OR_NOTHING && o.units < totalTarget) {
                o.refused = true;
                return o;
            }
            int first = bestMasks.stream().min((a, b) -> Integer.compareUnsigned(Integer.reverse(b), Integer.reverse(a))).orElseThrow();
            o.firstSet = new ArrayList<>();
            for (int p = 0; p < n; p++) {
                if ((first & (1 << p)) != 0) {
                    o.firstSet.add(storages.get(rank.get(p)));
                }
            }
            Collections.sort(o.firstSet);
            return o;
        }
    }
}
