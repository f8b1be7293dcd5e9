package io.logistik.core.fulfilment;

import io.logistik.core.ValidationException;

import java.util.List;

/** The built-in strategies. Each is stateless and may be shared. */
public final class FulfilmentStrategies {

    private static final FulfilmentStrategy FEWEST = new FewestStoragesStrategy();
    private static final FulfilmentStrategy SINGLE = new SingleStorageStrategy();
    private static final FulfilmentStrategy ORIGINAL = new OriginalStrategy();

    private FulfilmentStrategies() {
    }

    /**
     * Ships from as few storages as possible (under {@link Policy#PARTIAL}: allocates as many units as
     * stock allows, then uses as few storages as possible), within {@link PlanOptions#maxShipments()}.
     *
     * <p>Exact search under {@link PlanOptions#searchBudget()}: first one storage, then growing sets of
     * storages. Storages are ranked by the units they can contribute (descending, then id ascending);
     * among the sets of least size the first in that rank order wins, and each line takes its units
     * from the set's storages in rank order, so lower-ranked storages ship as little as possible. A
     * storage whose availability (capped at each line's target) is dominated by another's (equal
     * vectors: the lower id dominates) is tried only in sets that already hold all its dominators,
     * which never removes the winning set. When the budget runs out, a greedy set cover finishes the
     * job and the plan says {@link Optimality#BEST_WITHIN_BUDGET}, unless it matches the size every
     * smaller set was already ruled out for (the rank-order tie-break holds for plans the exact search
     * finds). Planning with it throws {@link ValidationException} (field {@code order_lines}) when the
     * order's total units times the number of storages would overflow a {@code long}.
     *
     * @return the strategy, named {@code "fewest-storages"}
     */
    public static FulfilmentStrategy fewestStorages() {
        return FEWEST;
    }

    /**
     * Fills each line from storages in the caller's rank order, top first (as Magento MSI's priority
     * source selection). Storages not in the list come after the listed ones, by ascending id.
     *
     * @param storageRank storage ids, most preferred first, each at most once
     * @return the strategy, named {@code "priority"}
     * @throws ValidationException when the list is null, holds null, or holds an id twice
     */
    public static FulfilmentStrategy priority(List<Long> storageRank) {
        return new PriorityStrategy(storageRank);
    }

    /**
     * Ships the whole order from one storage or refuses with {@link Constraint#SINGLE_STORAGE}. The
     * lowest storage id that can serve the order wins; under {@link Policy#PARTIAL}, the storage that
     * can allocate the most units (then the lowest id).
     *
     * @return the strategy, named {@code "single-storage"}
     */
    public static FulfilmentStrategy singleStorage() {
        return SINGLE;
    }

    /**
     * The original app's rule, for compatibility: for each line, the storages holding its SKU in
     * ascending order of available stock (equal stock: ascending id), each giving all it has until
     * the line is covered. {@link OriginalView} renders a plan in the original response shape.
     *
     * @return the strategy, named {@code "original"}
     */
    public static FulfilmentStrategy original() {
        return ORIGINAL;
    }
}
