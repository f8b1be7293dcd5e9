package io.logistik.core.fulfilment;

import io.logistik.core.ValidationException;
import io.logistik.core.internal.Violations;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The pure planner: {@code plan(order, stock snapshot, options)}. No I/O, deterministic for equal
 * inputs (ties included), inputs never changed; safe to call from many threads.
 */
public final class FulfilmentPlanner {

    private FulfilmentPlanner() {
    }

    /** {@link #plan(Order, StockSnapshot, PlanOptions)} with {@link PlanOptions#defaults()}. */
    public static FulfilmentResult plan(Order order, StockSnapshot stock) {
        return plan(order, stock, PlanOptions.defaults());
    }

    /**
     * Plans an order on a stock snapshot.
     *
     * <p>Under {@link Policy#ALL_OR_NOTHING}, a line whose total availability is below its request
     * makes the result a {@link Shortfall} listing every such line; the strategy is not asked. Otherwise
     * the strategy allocates; a plan that would ship from more storages than
     * {@link PlanOptions#maxShipments()} becomes a {@link Refusal} naming {@link Constraint#SHIPMENT_CAP}.
     *
     * @param order   the order (stored or not); SKUs are unique within it, so demand per (storage, SKU)
     *                is the demand of one line
     * @param stock   available stock
     * @param options strategy, policy, cap and budget
     * @return a plan, a shortfall or a refusal
     * @throws ValidationException when an argument is null, or the strategy's answer breaks a rule
     *                             (above availability or request, a line not covered under
     *                             all-or-nothing, an index out of range, a (line, storage) twice);
     *                             the field is {@code strategy}
     */
    public static FulfilmentResult plan(Order order, StockSnapshot stock, PlanOptions options) {
        Violations v = new Violations();
        if (order == null) {
            v.add("order", "must not be null");
        }
        if (stock == null) {
            v.add("stock", "must not be null");
        }
        if (options == null) {
            v.add("options", "must not be null");
        }
        v.throwIfAny();

        PlanningProblem problem = problem(order, stock, options);
        if (options.policy() == Policy.ALL_OR_NOTHING) {
            Shortfall shortfall = shortfall(problem);
            if (shortfall != null) {
                return shortfall;
            }
        }
        FulfilmentStrategy strategy = options.strategy();
        StrategyOutcome outcome = strategy.allocate(problem);
        if (outcome == null) {
            throw new ValidationException("strategy", strategy.name() + " returned no outcome");
        }
        if (outcome.isRefusal()) {
            return new Refusal(order.id(), strategy.name(), outcome.constraint(), outcome.reason());
        }
        Checked checked = check(problem, strategy.name(), outcome.allocations());
        long[] allocatedPerLine = checked.perLine();
        int shipments = checked.shipments();
        if (shipments > options.maxShipments()) {
            return new Refusal(order.id(), strategy.name(), Constraint.SHIPMENT_CAP, "the plan ships from " + shipments
                    + " storages, more than the cap of " + options.maxShipments());
        }
        List<Backorder> backorders = new ArrayList<>();
        for (int l = 0; l < problem.lineCount(); l++) {
            if (allocatedPerLine[l] < problem.requested(l)) {
                OrderLine line = problem.line(l);
                backorders.add(new Backorder(l, line.id(), line.skuId(), problem.requested(l), allocatedPerLine[l]));
            }
        }
        return new Plan(order.id(), strategy.name(), outcome.allocations(), backorders, outcome.optimality());
    }

    private static PlanningProblem problem(Order order, StockSnapshot stock, PlanOptions options) {
        List<OrderLine> lines = order.lines();
        int lineCount = lines.size();
        StockSnapshot.Holdings[] holdings = new StockSnapshot.Holdings[lineCount];
        // index[position] is the problem's storage index + 1 for the snapshot storages the order uses.
        int[] index = new int[stock.storageCount()];
        for (int l = 0; l < lineCount; l++) {
            holdings[l] = stock.holdings(lines.get(l).skuId());
            if (holdings[l] != null) {
                for (int position : holdings[l].positions()) {
                    index[position] = 1;
                }
            }
        }
        int used = 0;
        for (int position = 0; position < index.length; position++) {
            if (index[position] != 0) {
                index[position] = ++used;
            }
        }
        long[] storageIds = new long[used];
        for (int position = 0; position < index.length; position++) {
            if (index[position] != 0) {
                storageIds[index[position] - 1] = stock.storageIdAt(position);
            }
        }
        long[] available = new long[lineCount * used];
        long[] total = new long[lineCount];
        for (int l = 0; l < lineCount; l++) {
            StockSnapshot.Holdings h = holdings[l];
            if (h == null) {
                continue;
            }
            int row = l * used - 1;
            for (int j = 0; j < h.positions().length; j++) {
                available[row + index[h.positions()[j]]] = h.available()[j];
                // Saturates: a total is only compared with a request, and no request exceeds Long.MAX_VALUE.
                long sum = total[l] + h.available()[j];
                total[l] = sum < 0 ? Long.MAX_VALUE : sum;
            }
        }
        return new PlanningProblem(order, storageIds, available, total, options);
    }

    private static Shortfall shortfall(PlanningProblem problem) {
        List<Shortfall.Line> shortLines = null;
        for (int l = 0; l < problem.lineCount(); l++) {
            if (problem.totalAvailable(l) < problem.requested(l)) {
                Map<Long, Long> perStorage = new LinkedHashMap<>();
                for (int s = 0; s < problem.storageCount(); s++) {
                    if (problem.available(s, l) > 0) {
                        perStorage.put(problem.storageId(s), problem.available(s, l));
                    }
                }
                OrderLine line = problem.line(l);
                if (shortLines == null) {
                    shortLines = new ArrayList<>();
                }
                shortLines.add(new Shortfall.Line(l, line.id(), line.skuId(), problem.requested(l),
                        problem.totalAvailable(l), perStorage));
            }
        }
        return shortLines == null ? null : new Shortfall(problem.order().id(), shortLines);
    }

    /** What a check found: units allocated per line, and how many storages ship. */
    private record Checked(long[] perLine, int shipments) {
    }

    /** Checks a strategy's allocations against the problem. */
    private static Checked check(PlanningProblem problem, String strategy, List<Allocation> allocations) {
        long[] perLine = new long[problem.lineCount()];
        boolean[] storageUsed = new boolean[problem.storageCount()];
        int shipments = 0;
        long[] usedCells = new long[(problem.storageCount() * problem.lineCount() + 63) >>> 6];
        for (Allocation a : allocations) {
            if (a.lineIndex() >= problem.lineCount()) {
                throw broken(strategy, "allocates to line index " + a.lineIndex() + " of an order with "
                        + problem.lineCount() + " lines");
            }
            OrderLine line = problem.line(a.lineIndex());
            int s = problem.storageIndex(a.storageId());
            if (line.skuId() != a.skuId() || !Objects.equals(line.id(), a.lineId())) {
                throw broken(strategy, "allocation " + a + " does not match order line " + a.lineIndex());
            }
            if (s < 0) {
                throw broken(strategy, "allocates sku " + a.skuId() + " from storage " + a.storageId()
                        + ", which has none available");
            }
            int cell = s * problem.lineCount() + a.lineIndex();
            if ((usedCells[cell >>> 6] & (1L << cell)) != 0) {
                throw broken(strategy, "allocates line " + a.lineIndex() + " from storage " + a.storageId() + " twice");
            }
            usedCells[cell >>> 6] |= 1L << cell;
            if (!storageUsed[s]) {
                storageUsed[s] = true;
                shipments++;
            }
            if (a.quantity() > problem.available(s, a.lineIndex())) {
                throw broken(strategy, "promises " + a.quantity() + " of sku " + a.skuId() + " from storage "
                        + a.storageId() + ", which has " + problem.available(s, a.lineIndex()) + " available");
            }
            perLine[a.lineIndex()] += a.quantity();
        }
        for (int l = 0; l < problem.lineCount(); l++) {
            if (perLine[l] > problem.requested(l)) {
                throw broken(strategy, "allocates " + perLine[l] + " units to line " + l + ", which requests "
                        + problem.requested(l));
            }
            if (problem.policy() == Policy.ALL_OR_NOTHING && perLine[l] < problem.requested(l)) {
                throw broken(strategy, "covers " + perLine[l] + " of the " + problem.requested(l)
                        + " units of line " + l + " under all-or-nothing");
            }
        }
        return new Checked(perLine, shipments);
    }

    private static ValidationException broken(String strategy, String what) {
        return new ValidationException("strategy", strategy + " " + what);
    }
}
