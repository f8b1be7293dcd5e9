package io.logistik.core.fulfilment;

import io.logistik.core.NotFoundException;
import io.logistik.core.ValidationException;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.StockLevel;
import io.logistik.core.spi.LogistikStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Plans stored orders: loads an order and the stock of its SKUs from a store, in one read
 * transaction and two repository calls whatever the order's size, then runs the pure
 * {@link FulfilmentPlanner}. It changes nothing in the store; reserving a plan is a separate step.
 * Thread-safe.
 */
public final class FulfilmentService {

    private final LogistikStore store;

    /**
     * A service on {@code store}.
     *
     * @param store the store to read orders and stock from
     * @throws NullPointerException when {@code store} is null
     */
    public FulfilmentService(LogistikStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** {@link #plan(long, PlanOptions)} with {@link PlanOptions#defaults()}. */
    public FulfilmentResult plan(long orderId) {
        return plan(orderId, PlanOptions.defaults());
    }

    /**
     * Plans the stored order {@code orderId} on the current available stock.
     *
     * @param orderId the order
     * @param options strategy, policy, cap and budget
     * @return a plan, a shortfall or a refusal
     * @throws NotFoundException                       when there is no such order
     * @throws ValidationException    when {@code options} is null
     */
    public FulfilmentResult plan(long orderId, PlanOptions options) {
        if (options == null) {
            throw new ValidationException("options", "must not be null");
        }
        Loaded loaded = store.inTransaction(tx -> {
            Order order = tx.orders().require(orderId);
            List<Long> skuIds = new ArrayList<>(order.lines().size());
            for (OrderLine line : order.lines()) {
                skuIds.add(line.skuId());
            }
            return new Loaded(order, skuIds.isEmpty() ? List.of() : tx.stock().forSkus(skuIds));
        });
        return FulfilmentPlanner.plan(loaded.order, StockSnapshot.of(loaded.stock), options);
    }

    private record Loaded(Order order, List<StockLevel> stock) {
    }
}
