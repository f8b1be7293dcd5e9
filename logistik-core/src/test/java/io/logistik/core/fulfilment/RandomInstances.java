package io.logistik.core.fulfilment;

import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.OrderState;
import io.logistik.core.model.StockLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded planning instances for the property tests and the benchmarks.
 *
 * <p>An instance has {@code lines} order lines (SKU ids 1..lines, line ids 1..lines, order id 1) and
 * {@code storages} storages with ids spaced by a random gap of 1 to 3 from 1 on (ids are not
 * positions). Each (storage, SKU) has a stock row with probability {@code density}; a row's on-hand
 * is uniform in {@code [0, maxStock]} and its reserved part uniform in {@code [0, on_hand / 4]}.
 * Each line requests a quantity uniform in {@code [1, maxQuantity]}. The same seed gives the same
 * instance.
 *
 * @param lines       order lines, &gt;= 1
 * @param storages    storages, &gt;= 1
 * @param density     chance that a storage holds a SKU, in (0, 1]
 * @param maxStock    largest on-hand of a stock row
 * @param maxQuantity largest quantity of a line
 */
public record RandomInstances(int lines, int storages, double density, int maxStock, int maxQuantity) {

    /** One instance: the order and the stock rows. */
    public record Instance(Order order, List<StockLevel> stock) {
        public StockSnapshot snapshot() {
            return StockSnapshot.of(stock);
        }
    }

    public Instance generate(long seed) {
        return generate(new Random(seed), lines, storages);
    }

    /** An instance with these sizes, drawing from {@code random}. */
    public Instance generate(Random random, int lineCount, int storageCount) {
        List<OrderLine> orderLines = new ArrayList<>(lineCount);
        for (int l = 1; l <= lineCount; l++) {
            orderLines.add(new OrderLine((long) l, 1L, l, 1 + random.nextInt(maxQuantity)));
        }
        List<StockLevel> stock = new ArrayList<>();
        long storageId = 0;
        for (int s = 0; s < storageCount; s++) {
            storageId += 1 + random.nextInt(3);
            for (int sku = 1; sku <= lineCount; sku++) {
                if (random.nextDouble() < density) {
                    long onHand = random.nextInt(maxStock + 1);
                    long reserved = random.nextInt((int) (onHand / 4) + 1);
                    stock.add(new StockLevel(storageId, sku, onHand, reserved));
                }
            }
        }
        Order order = new Order(1L, "Random Customer", OrderState.OPEN, null, null, orderLines);
        return new Instance(order, stock);
    }
}
