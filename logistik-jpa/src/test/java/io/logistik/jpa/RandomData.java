package io.logistik.jpa;

import io.logistik.core.kit.TestClock;
import io.logistik.core.model.Order;
import io.logistik.core.model.OrderLine;
import io.logistik.core.model.Sku;
import io.logistik.core.model.StockLevel;
import io.logistik.core.model.Storage;
import io.logistik.core.query.EntityType;
import io.logistik.core.spi.LogistikStore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A random dataset, written by the same seeded sequence of calls into any store, and the store's ids
 * of its rows by creation order, so that rows of two stores can be compared by position.
 */
final class RandomData {

    private final Map<EntityType, List<Long>> ids = new HashMap<>();

    private RandomData() {
    }

    /** Fills {@code store}, whose clock is {@code clock}, from {@code seed}. */
    static RandomData fill(LogistikStore store, TestClock clock, long seed) {
        Random random = new Random(seed);
        store.useTransaction(tx -> {
            for (int i = 0; i < 10; i++) {
                tx.storages().create(Storage.of(pick(random, RandomFilters.NAMES)));
                clock.advance(Duration.ofMinutes(1));
                tx.skus().create(Sku.of(pick(random, RandomFilters.NAMES)));
                clock.advance(Duration.ofMinutes(1));
            }
        });
        RandomData data = new RandomData();
        data.reload(store);
        for (long id : data.ids(EntityType.STORAGE)) {
            if (random.nextInt(3) == 0) {
                clock.advance(Duration.ofMinutes(random.nextInt(5)));
                store.storages().update(store.storages().require(id).withName(pick(random, RandomFilters.NAMES)));
            }
        }
        for (long id : data.ids(EntityType.SKU)) {
            if (random.nextInt(3) == 0) {
                clock.advance(Duration.ofMinutes(random.nextInt(5)));
                store.skus().update(store.skus().require(id).withProductName(pick(random, RandomFilters.NAMES)));
            }
        }
        List<Long> skus = data.ids(EntityType.SKU);
        List<Long> storages = data.ids(EntityType.STORAGE);
        for (int i = 0; i < 12; i++) {
            List<OrderLine> lines = new ArrayList<>();
            for (long sku : distinct(random, skus, random.nextInt(4))) {
                lines.add(OrderLine.of(sku, 1 + random.nextInt(9)));
            }
            clock.advance(Duration.ofMinutes(random.nextInt(4)));
            Order order = store.orders().create(Order.of(pick(random, RandomFilters.NAMES), lines));
            if (random.nextInt(4) == 0 && !order.lines().isEmpty()) {
                clock.advance(Duration.ofMinutes(2));
                List<OrderLine> changed = new ArrayList<>(order.lines());
                changed.set(0, changed.get(0).withQuantity(10 + random.nextInt(3)));
                store.orders().update(order.withLines(changed));
            }
        }
        for (int i = 0; i < 25; i++) {
            long storage = pick(random, storages);
            long sku = pick(random, skus);
            StockLevel level = store.stock().receive(storage, sku, 1 + random.nextInt(9));
            if (random.nextInt(4) == 0) {
                store.stock().adjust(storage, sku, -level.onHand());
            }
        }
        data.reload(store);
        return data;
    }

    private void reload(LogistikStore store) {
        ids.put(EntityType.STORAGE, store.storages().findAll().stream().map(Storage::id).toList());
        ids.put(EntityType.SKU, store.skus().findAll().stream().map(Sku::id).toList());
        ids.put(EntityType.ORDER, store.orders().findAll().stream().map(Order::id).toList());
        ids.put(EntityType.ORDER_LINE, store.orderLines().findAll().stream().map(OrderLine::id).toList());
    }

    List<Long> ids(EntityType entity) {
        return ids.get(entity);
    }

    int[] counts() {
        int[] counts = new int[EntityType.values().length];
        ids.forEach((entity, list) -> counts[entity.ordinal()] = list.size());
        return counts;
    }

    /** The position of the row with this id among its entity's rows. */
    int index(EntityType entity, long id) {
        return ids.get(entity).indexOf(id);
    }

    private static <T> T pick(Random random, List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static List<Long> distinct(Random random, List<Long> options, int n) {
        List<Long> shuffled = new ArrayList<>(options);
        java.util.Collections.shuffle(shuffled, random);
        return shuffled.subList(0, n);
    }
}
